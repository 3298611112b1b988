import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../testing/with-test-database";
import { checkConfirmation, confirmSubscription } from "./confirm-subscription";
import { subscribe } from "./subscribe";
import { unsubscribe } from "./unsubscribe";
import { confirmTokenFor, manageTokenOf, setUpPage, subscriberByEmail } from "./testing/subscriber-fixtures";

const db = withTestDatabase();
let ip = 0;

async function pendingSubscriber(email: string) {
  const { pageId } = await setUpPage(db());
  await subscribe({ pageId, email, scope: "all", ip: `192.0.2.${(ip += 1)}` });
  return subscriberByEmail(db(), email);
}

describe("confirming a subscription", () => {
  it("only checks on opening the link; the button confirms, and confirming twice is fine", async () => {
    const subscriber = await pendingSubscriber("confirm@example.com");
    const token = await confirmTokenFor(subscriber);
    expect(await checkConfirmation(token)).toEqual({ status: "ready" });
    expect((await subscriberByEmail(db(), "confirm@example.com")).state).toBe("pending");
    const manageToken = await manageTokenOf(subscriber.id);
    expect(await confirmSubscription(token)).toEqual({ status: "confirmed", manageToken });
    expect(await subscriberByEmail(db(), "confirm@example.com")).toMatchObject({ state: "confirmed", confirmedAt: expect.any(Date) });
    expect(await confirmSubscription(token)).toEqual({ status: "confirmed", manageToken });
    expect(await checkConfirmation(token)).toEqual({ status: "confirmed", manageToken });
  });

  it("refuses an expired link, and leaves the subscription pending", async () => {
    const subscriber = await pendingSubscriber("late@example.com");
    const token = await confirmTokenFor(subscriber, new Date(Date.now() - 49 * 3600_000));
    expect(await checkConfirmation(token)).toEqual({ status: "expired" });
    expect(await confirmSubscription(token)).toEqual({ status: "expired" });
    expect((await subscriberByEmail(db(), "late@example.com")).state).toBe("pending");
  });

  it("refuses forged, mangled and foreign tokens", async () => {
    const subscriber = await pendingSubscriber("forged@example.com");
    const token = await confirmTokenFor(subscriber);
    const [id, version, expires] = token.split(".");
    const forged = [
      `${id}.${version}.${expires}.${"A".repeat(43)}`,
      `${id}.${Number(version) + 1}.${expires}.${token.split(".")[3]}`,
      await manageTokenOf(subscriber.id),
      "",
      "x".repeat(5000),
      "a\0b",
      undefined,
      ["an", "array"],
    ];
    for (const bad of forged) expect(await confirmSubscription(bad)).toEqual({ status: "invalid" });
    expect((await subscriberByEmail(db(), "forged@example.com")).state).toBe("pending");
  });

  it("refuses an older link once a newer confirmation was sent, and accepts the newest", async () => {
    const subscriber = await pendingSubscriber("twice@example.com");
    const older = await confirmTokenFor(subscriber);
    await subscribe({ pageId: "beacon", email: "twice@example.com", scope: "all", ip: "192.0.2.250" });
    const newer = await confirmTokenFor(await subscriberByEmail(db(), "twice@example.com"));
    expect(await confirmSubscription(older)).toEqual({ status: "superseded" });
    expect((await subscriberByEmail(db(), "twice@example.com")).state).toBe("pending");
    expect(await confirmSubscription(newer)).toMatchObject({ status: "confirmed" });
  });

  it("does not bring back a subscription unsubscribed since the link was sent", async () => {
    const subscriber = await pendingSubscriber("gone@example.com");
    const token = await confirmTokenFor(subscriber);
    await unsubscribe({ token: await manageTokenOf(subscriber.id) });
    expect(await confirmSubscription(token)).toEqual({ status: "inactive" });
    expect((await subscriberByEmail(db(), "gone@example.com")).state).toBe("unsubscribed");
  });

  it("calls a link to a removed subscription invalid", async () => {
    const subscriber = await pendingSubscriber("removed@example.com");
    const token = await confirmTokenFor(subscriber);
    await db().subscriber.delete({ where: { id: subscriber.id } });
    expect(await confirmSubscription(token)).toEqual({ status: "invalid" });
  });
});
