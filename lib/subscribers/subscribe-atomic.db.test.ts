import { describe, expect, it, vi } from "vitest";
import { withTestDatabase } from "../testing/with-test-database";
import { subscribe } from "./subscribe";
import { setUpPage } from "./testing/subscriber-fixtures";

// The outbox row and the subscriber are written together: if queueing the email fails, no
// pending subscriber is left behind waiting for a confirmation that will never come.

const failNext = vi.hoisted(() => ({ enqueue: false }));

vi.mock("../notifications/outbox/enqueue-notification", async (importOriginal) => {
  const original = await importOriginal<typeof import("../notifications/outbox/enqueue-notification")>();
  return {
    ...original,
    enqueueNotification: async (...args: Parameters<typeof original.enqueueNotification>) => {
      if (failNext.enqueue) throw new Error("outbox write failed");
      return original.enqueueNotification(...args);
    },
  };
});

const db = withTestDatabase();

describe("subscribe, atomically", () => {
  it("writes neither the subscriber nor the attempt when the outbox row cannot be written", async () => {
    const { pageId } = await setUpPage(db());
    failNext.enqueue = true;
    await expect(subscribe({ pageId, email: "atomic@example.com", scope: "all", ip: "192.0.2.1" })).rejects.toThrow("outbox write failed");
    expect(await db().subscriber.count({ where: { email: "atomic@example.com" } })).toBe(0);
    expect(await db().subscribeAttempt.count({ where: { email: "atomic@example.com" } })).toBe(0);
    failNext.enqueue = false;
    await subscribe({ pageId, email: "atomic@example.com", scope: "all", ip: "192.0.2.1" });
    const subscriber = await db().subscriber.findFirstOrThrow({ where: { email: "atomic@example.com" } });
    expect(await db().notification.count({ where: { subscriberId: subscriber.id, kind: "confirmation" } })).toBe(1);
  });
});
