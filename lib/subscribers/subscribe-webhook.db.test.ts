import { describe, expect, it } from "vitest";
import { openSecret } from "../secrets/secret-box";
import { withTestDatabase } from "../testing/with-test-database";
import { subscribeWebhook } from "./subscribe-webhook";
import { SUBSCRIBE_MAX_PER_ADDRESS, SubscribeRateLimitedError } from "./subscribe-throttle";
import { setUpPage } from "./testing/subscriber-fixtures";

const db = withTestDatabase();
let ip = 0;
const nextIp = () => `198.51.100.${(ip += 1)}`;

async function webhookRow(endpoint: string) {
  return db().subscriber.findFirstOrThrow({
    where: { endpoint },
    select: { id: true, channel: true, state: true, email: true, allComponents: true, signingSecret: true, confirmVersion: true, components: { select: { componentId: true } } },
  });
}

describe("subscribeWebhook", () => {
  it("subscribes an endpoint at once, with its secret sealed and returned once, and queues no email", async () => {
    const { pageId, api } = await setUpPage(db());
    const endpoint = "https://hooks.example.com/beacon";
    const result = await subscribeWebhook({ pageId, email: " Ops@Example.com ", endpoint, scope: "components", componentIds: [api.id], ip: nextIp() });
    expect(result.signingSecret).toMatch(/^whsec_/);
    expect(result.manageUrl).toMatch(/\/subscribe\/manage\?token=/);
    const row = await webhookRow(endpoint);
    expect(row).toMatchObject({ channel: "webhook", state: "confirmed", email: "ops@example.com", allComponents: false, components: [{ componentId: api.id }] });
    expect(row.signingSecret).not.toContain(result.signingSecret);
    expect(await openSecret("webhook-signing", row.signingSecret!)).toBe(result.signingSecret);
    expect(await db().notification.count({ where: { subscriberId: row.id } })).toBe(0);
  });

  it("refuses http, credentials, a bare host and private literals, writing nothing", async () => {
    const { pageId } = await setUpPage(db());
    const cases: [string, RegExp][] = [
      ["http://hooks.example.com/x", /https:\/\//],
      ["https://user:pw@hooks.example.com/x", /user name or password/],
      ["https://intranet/x", /full host name/],
      ["https://127.0.0.1/x", /loopback/],
      ["https://[fd00::5]/x", /unique-local/],
      ["https://169.254.169.254/latest/meta-data", /metadata/],
      ["not a url", /URL such as/],
    ];
    for (const [endpoint, message] of cases) {
      const refused = subscribeWebhook({ pageId, email: "refused@example.com", endpoint, scope: "all", ip: nextIp() });
      await expect(refused).rejects.toMatchObject({ fields: { endpoint: expect.stringMatching(message) } });
    }
    expect(await db().subscriber.count({ where: { email: "refused@example.com" } })).toBe(0);
    expect(await db().subscribeAttempt.count({ where: { email: "refused@example.com" } })).toBe(0);
  });

  it("does not re-key an active endpoint, and brings an unsubscribed one back with a new secret and version", async () => {
    const { pageId } = await setUpPage(db());
    const endpoint = "https://hooks.example.com/again";
    const first = await subscribeWebhook({ pageId, email: "ops@example.com", endpoint, scope: "all", ip: nextIp() });
    const before = await webhookRow(endpoint);
    await expect(subscribeWebhook({ pageId, email: "ops@example.com", endpoint, scope: "all", ip: nextIp() })).rejects.toMatchObject({ code: "conflict" });
    expect((await webhookRow(endpoint)).signingSecret).toBe(before.signingSecret);
    await db().subscriber.update({ where: { id: before.id }, data: { state: "unsubscribed", unsubscribedAt: new Date() } });
    const second = await subscribeWebhook({ pageId, email: "ops@example.com", endpoint, scope: "all", ip: nextIp() });
    const after = await webhookRow(endpoint);
    expect(second.signingSecret).not.toBe(first.signingSecret);
    expect(after).toMatchObject({ id: before.id, state: "confirmed", confirmVersion: before.confirmVersion + 1 });
  });

  it("shares the email form's per-address throttle", async () => {
    const { pageId } = await setUpPage(db());
    for (let i = 0; i < SUBSCRIBE_MAX_PER_ADDRESS; i += 1) {
      await subscribeWebhook({ pageId, email: "busy@example.com", endpoint: `https://hooks.example.com/${i}`, scope: "all", ip: nextIp() });
    }
    const refused = subscribeWebhook({ pageId, email: "busy@example.com", endpoint: "https://hooks.example.com/next", scope: "all", ip: nextIp() });
    await expect(refused).rejects.toBeInstanceOf(SubscribeRateLimitedError);
    expect(await db().subscriber.count({ where: { email: "busy@example.com" } })).toBe(SUBSCRIBE_MAX_PER_ADDRESS);
  });
});
