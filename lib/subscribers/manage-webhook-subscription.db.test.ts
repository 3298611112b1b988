import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../testing/with-test-database";
import { getSubscription } from "./get-subscription";
import { resubscribe } from "./resubscribe";
import { unsubscribe } from "./unsubscribe";
import { updateSubscription } from "./update-subscription";
import { subscribeWebhook } from "./subscribe-webhook";
import { setUpPage } from "./testing/subscriber-fixtures";

const db = withTestDatabase();

function tokenOf(manageUrl: string): string {
  return new URL(manageUrl).searchParams.get("token") ?? "";
}

describe("managing a webhook subscription by its link", () => {
  it("shows the endpoint, changes its components, unsubscribes and resubscribes it straight to confirmed, secret kept", async () => {
    const { pageId, api } = await setUpPage(db());
    const endpoint = "https://hooks.example.com/manage";
    const { manageUrl } = await subscribeWebhook({ pageId, email: "owner@example.com", endpoint, scope: "all", ip: "203.0.113.9" });
    const token = tokenOf(manageUrl);
    expect(await getSubscription(token)).toEqual({ pageId, channel: "webhook", email: "owner@example.com", endpoint, state: "confirmed", allComponents: true, componentIds: [] });
    await updateSubscription({ token, scope: "components", componentIds: [api.id] });
    expect(await getSubscription(token)).toMatchObject({ channel: "webhook", allComponents: false, componentIds: [api.id] });
    const before = await db().subscriber.findFirstOrThrow({ where: { endpoint }, select: { id: true, signingSecret: true } });
    await unsubscribe({ token });
    expect(await getSubscription(token)).toMatchObject({ state: "unsubscribed" });
    await resubscribe({ token });
    const after = await db().subscriber.findFirstOrThrow({ where: { endpoint }, select: { id: true, state: true, signingSecret: true, channel: true } });
    // Regression: a resubscribed webhook must be live again, not left waiting for a confirmation it cannot get.
    expect(after).toEqual({ id: before.id, state: "confirmed", signingSecret: before.signingSecret, channel: "webhook" });
    expect(await db().notification.count({ where: { subscriberId: before.id } })).toBe(0);
  });
});
