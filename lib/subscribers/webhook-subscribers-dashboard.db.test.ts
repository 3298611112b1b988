import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { withTestDatabase } from "../testing/with-test-database";
import { deleteSubscriber } from "./delete-subscriber";
import { enableWebhook } from "./enable-webhook";
import { exportSubscribersCsv } from "./export-subscribers";
import { listSubscribers } from "./list-subscribers";

const db = withTestDatabase();
// A real row: the audit entry of a removal points at its user by foreign key.
let admin: Actor;
beforeAll(async () => {
  const user = await db().user.create({ data: { email: "hooks-admin@example.com", passwordHash: "not a real hash", role: "admin" } });
  admin = { kind: "user", id: user.id, email: user.email, role: "admin" };
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

async function pageWithBoth() {
  const page = await db().page.create({ data: { name: "Hooks" } });
  const email = await db().subscriber.create({ data: { pageId: page.id, email: "ops@example.net", state: "confirmed", confirmedAt: new Date() } });
  const webhook = await db().subscriber.create({
    data: { pageId: page.id, channel: "webhook", email: "ops@example.net", endpoint: "https://hooks.example.net/beacon", state: "confirmed", confirmedAt: new Date() },
  });
  return { pageId: page.id, email, webhook };
}

describe("webhook subscribers in the dashboard", () => {
  it("lists each with its channel and endpoint, and finds a webhook by its URL or its owner", async () => {
    const { pageId, email, webhook } = await pageWithBoth();
    const all = await listSubscribers(admin, { pageId });
    expect(all.subscribers.map(({ id, channel, endpoint }) => ({ id, channel, endpoint }))).toEqual(
      expect.arrayContaining([
        { id: email.id, channel: "email", endpoint: null },
        { id: webhook.id, channel: "webhook", endpoint: "https://hooks.example.net/beacon" },
      ]),
    );
    expect((await listSubscribers(admin, { pageId, query: "hooks.example" })).subscribers.map((s) => s.id)).toEqual([webhook.id]);
    expect((await listSubscribers(admin, { pageId, query: "OPS@", state: "confirmed" })).matching).toBe(2);
  });

  it("exports the channel and endpoint in the last two columns", async () => {
    const { pageId } = await pageWithBoth();
    const lines = (await readAll(exportSubscribersCsv(admin, { pageId }))).trim().split("\r\n");
    expect(lines[0]).toBe("email,state,components,created,confirmed,unsubscribed,channel,endpoint");
    expect(lines.slice(1).map((line) => line.split(",").slice(-2).join(",")).sort()).toEqual(["email,", "webhook,https://hooks.example.net/beacon"]);
  });

  it("removes a webhook subscriber for good", async () => {
    const { pageId, email, webhook } = await pageWithBoth();
    await deleteSubscriber(admin, { pageId, id: webhook.id });
    expect(await db().subscriber.findMany({ where: { pageId }, select: { id: true } })).toEqual([{ id: email.id }]);
  });

  it("enables a disabled webhook again, keeping its secret, and only a disabled one", async () => {
    const { pageId, email, webhook } = await pageWithBoth();
    await expect(enableWebhook(admin, { pageId, id: webhook.id })).rejects.toMatchObject({ code: "not_found" });
    const failingSince = new Date(Date.now() - 3_600_000);
    await db().subscriber.update({ where: { id: webhook.id }, data: { state: "failed", signingSecret: "sealed", disabledAt: new Date(), failingSince, lastError: "HTTP 500" } });
    const before = new Date();
    await enableWebhook(admin, { pageId, id: webhook.id });
    const row = await db().subscriber.findUniqueOrThrow({ where: { id: webhook.id } });
    expect(row).toMatchObject({ state: "confirmed", signingSecret: "sealed", disabledAt: null, failingSince: null, lastError: null });
    // A new streak: only deliveries from now on count towards disabling it again.
    expect(row.confirmedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime());
    await expect(enableWebhook(admin, { pageId, id: email.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(enableWebhook({ kind: "token", id: "t", name: "bot" }, { pageId, id: webhook.id })).rejects.toMatchObject({ code: "forbidden" });
  });
});
