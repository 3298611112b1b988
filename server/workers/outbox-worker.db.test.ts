import { afterEach, describe, expect, it } from "vitest";
import { startSmtpListener } from "../../lib/testing/smtp-listener";
import { withTestDatabase } from "../../lib/testing/with-test-database";
import { startOutboxWorker } from "./outbox-worker";
import { exactlyOneEach, incidentWithSubscribers } from "../../lib/testing/delivery-fixtures";

const db = withTestDatabase();

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const sentCount = (notificationId: string) => db().delivery.count({ where: { notificationId, status: "sent" } });

describe("startOutboxWorker", () => {
  it("delivers exactly one email to each subscriber when the mail server goes away during a fan-out and comes back", async () => {
    const listener = await startSmtpListener({ parse: false });
    cleanups.push(() => listener.stop());
    const { notificationId, subscribers } = await incidentWithSubscribers(db(), 200);
    const stop = startOutboxWorker({ channels: { email: { smtpUrl: listener.url, maxConnections: 3 } }, retrySeconds: 0.2, leaseSeconds: 5, batchSize: 30, idleMs: 100 });
    cleanups.push(stop);

    await listener.waitFor(40);
    // Answers are held back, then the server goes away with them unanswered: those messages
    // were never accepted, as with a real outage. Everything answered before is recorded first,
    // so no message is ambiguous.
    listener.hold();
    await expect.poll(async () => (await sentCount(notificationId)) === listener.messages.length, { timeout: 10_000 }).toBe(true);
    await listener.stop();
    const acceptedBeforeOutage = listener.messages.length;
    expect(acceptedBeforeOutage).toBeLessThan(200);
    // The worker meets the outage: failed tries are counted and scheduled again.
    await expect
      .poll(() => db().delivery.count({ where: { notificationId, status: "pending", attempts: { gt: 0 } } }), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(listener.messages.length).toBe(acceptedBeforeOutage);

    await listener.start();
    await listener.waitFor(200, 60_000);
    await expect.poll(() => sentCount(notificationId), { timeout: 10_000 }).toBe(200);
    await stop();
    expect(exactlyOneEach(listener, subscribers.map((subscriber) => subscriber.email))).toEqual({ ok: true, total: 200, extra: [], missing: 0 });
    expect(await db().delivery.count({ where: { notificationId, status: { not: "sent" } } })).toBe(0);
  });

  it("starts sending at once when this process writes an update, and stops only after its messages are answered", async () => {
    const listener = await startSmtpListener({ parse: false });
    cleanups.push(() => listener.stop());
    // A long idle poll: only the wake from the incident's outbox entry can make it quick.
    const stop = startOutboxWorker({ channels: { email: { smtpUrl: listener.url } }, idleMs: 60_000 });
    cleanups.push(stop);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = Date.now();
    const { notificationId } = await incidentWithSubscribers(db(), 5);
    await listener.waitFor(5, 10_000);
    expect(Date.now() - started).toBeLessThan(5_000);

    listener.hold();
    const more = await incidentWithSubscribers(db(), 3);
    await expect.poll(() => listener.heldCount, { timeout: 10_000 }).toBe(3);
    const stopped = stop();
    await new Promise((resolve) => setTimeout(resolve, 300));
    listener.release();
    await stopped;
    expect(await sentCount(notificationId)).toBe(5);
    expect(await sentCount(more.notificationId)).toBe(3);
  });
});
