import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../testing/with-test-database";
import { subscribe } from "./subscribe";
import { SUBSCRIBE_MAX_PER_ADDRESS, SUBSCRIBE_MAX_PER_IP, SubscribeRateLimitedError } from "./subscribe-throttle";
import { setUpPage } from "./testing/subscriber-fixtures";

const db = withTestDatabase();
const t0 = new Date("2026-05-01T12:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

async function written() {
  return { subscribers: await db().subscriber.count(), notifications: await db().notification.count(), attempts: await db().subscribeAttempt.count() };
}

describe("the subscribe throttle", () => {
  it(`allows ${SUBSCRIBE_MAX_PER_ADDRESS} requests per address an hour, from any IP; the next writes and sends nothing`, async () => {
    const { pageId } = await setUpPage(db());
    const email = "flooded@example.com";
    for (let i = 0; i < SUBSCRIBE_MAX_PER_ADDRESS; i += 1) {
      await subscribe({ pageId, email, scope: "all", ip: `198.51.100.${i}`, now: at(i * 10) });
    }
    const before = await written();
    const refused = subscribe({ pageId, email: "Flooded@example.com", scope: "all", ip: "198.51.100.200", now: at(50) });
    await expect(refused).rejects.toBeInstanceOf(SubscribeRateLimitedError);
    // The first attempt (at 0) leaves the hour at 60: ten minutes from 50.
    await expect(refused).rejects.toMatchObject({ code: "rate_limited", retryAfterMinutes: 10, message: expect.stringContaining("10 minutes") });
    expect(await written()).toEqual(before);
    // Another address from that IP is not affected; this one is allowed again once the hour passed.
    await subscribe({ pageId, email: "other@example.com", scope: "all", ip: "198.51.100.200", now: at(50) });
    await subscribe({ pageId, email, scope: "all", ip: "198.51.100.200", now: at(60.5) });
  });

  it(`allows ${SUBSCRIBE_MAX_PER_IP} requests per IP an hour, whatever the addresses; the next writes and sends nothing`, async () => {
    const { pageId } = await setUpPage(db());
    const ip = "203.0.113.9";
    for (let i = 0; i < SUBSCRIBE_MAX_PER_IP; i += 1) {
      await subscribe({ pageId, email: `many-${i}@example.com`, scope: "all", ip, now: at(i) });
    }
    const before = await written();
    await expect(subscribe({ pageId, email: "one-more@example.com", scope: "all", ip, now: at(30) })).rejects.toMatchObject({
      code: "rate_limited",
      retryAfterMinutes: 30,
    });
    expect(await written()).toEqual(before);
    expect(await db().subscriber.count({ where: { email: "one-more@example.com" } })).toBe(0);
    // Another IP is not affected.
    await subscribe({ pageId, email: "one-more@example.com", scope: "all", ip: "203.0.113.10", now: at(30) });
  });

  const settle = async (requests: Promise<unknown>[]) => {
    const results = await Promise.allSettled(requests);
    const refused = results.filter((result) => result.status === "rejected");
    for (const result of refused) expect(result.reason).toBeInstanceOf(SubscribeRateLimitedError);
    return { accepted: results.length - refused.length, refused: refused.length };
  };

  // Regression: on PostgreSQL, parallel requests all passed the check first (16 confirmation emails for a limit of 5).
  it(`sends at most ${SUBSCRIBE_MAX_PER_ADDRESS} confirmations when 30 requests for one address arrive at once`, async () => {
    const { pageId } = await setUpPage(db());
    const email = "parallel@example.com";
    const requests = Array.from({ length: 30 }, (_, i) => subscribe({ pageId, email, scope: "all", ip: `192.0.2.${i + 1}`, now: at(i / 100) }));
    expect(await settle(requests)).toEqual({ accepted: SUBSCRIBE_MAX_PER_ADDRESS, refused: 30 - SUBSCRIBE_MAX_PER_ADDRESS });
    const subscriber = await db().subscriber.findFirstOrThrow({ where: { pageId, email } });
    expect(await db().notification.count({ where: { subscriberId: subscriber.id, kind: "confirmation" } })).toBe(SUBSCRIBE_MAX_PER_ADDRESS);
  });

  // Regression: on PostgreSQL, one IP got 26 addresses in at once for a limit of 20.
  it(`accepts at most ${SUBSCRIBE_MAX_PER_IP} addresses when one IP sends 30 at once`, async () => {
    const { pageId } = await setUpPage(db());
    const ip = "203.0.113.77";
    const requests = Array.from({ length: 30 }, (_, i) => subscribe({ pageId, email: `burst-${i}@example.com`, scope: "all", ip, now: at(i / 100) }));
    expect(await settle(requests)).toEqual({ accepted: SUBSCRIBE_MAX_PER_IP, refused: 30 - SUBSCRIBE_MAX_PER_IP });
    expect(await db().subscriber.count({ where: { pageId, email: { startsWith: "burst-" } } })).toBe(SUBSCRIBE_MAX_PER_IP);
  });

  it("counts the addresses of one IPv6 /64 as one source", async () => {
    const { pageId } = await setUpPage(db());
    for (let i = 0; i < SUBSCRIBE_MAX_PER_IP; i += 1) {
      await subscribe({ pageId, email: `v6-${i}@example.com`, scope: "all", ip: `2001:db8:7:8::${i + 1}`, now: at(i) });
    }
    const refused = subscribe({ pageId, email: "v6-more@example.com", scope: "all", ip: "2001:db8:7:8:ffff::1", now: at(30) });
    await expect(refused).rejects.toBeInstanceOf(SubscribeRateLimitedError);
    await subscribe({ pageId, email: "v6-more@example.com", scope: "all", ip: "2001:db8:7:9::1", now: at(30) });
  });
});
