import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../testing/with-test-database";
import { getSubscription } from "./get-subscription";
import { InvalidSubscriberLinkError } from "./read-link-token";
import { resubscribe } from "./resubscribe";
import { unsubscribe } from "./unsubscribe";
import { updateSubscription } from "./update-subscription";
import { manageTokenOf, notificationKinds, setUpPage, subscriberByEmail } from "./testing/subscriber-fixtures";

const db = withTestDatabase();

async function confirmedSubscriber(email: string) {
  const { pageId, api, web, hidden } = await setUpPage(db());
  const row = await db().subscriber.create({ data: { pageId, email, state: "confirmed", confirmedAt: new Date() } });
  return { row, token: await manageTokenOf(row.id), api, web, hidden };
}

describe("managing a subscription by its link", () => {
  it("shows the address in full, its state and its choice; nothing for a forged link", async () => {
    const { row, token } = await confirmedSubscriber("reader@example.com");
    expect(await getSubscription(token)).toEqual({ pageId: row.pageId, channel: "email", email: "reader@example.com", endpoint: null, state: "confirmed", allComponents: true, componentIds: [] });
    for (const bad of [`${row.id}.forged`, token.replace(row.id, "someone-else"), "", "x".repeat(1000), undefined]) {
      expect(await getSubscription(bad)).toBeNull();
    }
  });

  it("changes the components, checked against the page, without touching the state", async () => {
    const { token, api, web, hidden } = await confirmedSubscriber("chooser@example.com");
    expect(await updateSubscription({ token, scope: "components", componentIds: [web.id, api.id] })).toEqual({ allComponents: false, componentIds: [web.id, api.id] });
    expect(await getSubscription(token)).toMatchObject({ state: "confirmed", allComponents: false, componentIds: expect.arrayContaining([api.id, web.id]) });
    await expect(updateSubscription({ token, scope: "components", componentIds: [hidden.id] })).rejects.toMatchObject({ code: "validation", fields: { componentIds: expect.any(String) } });
    await expect(updateSubscription({ token, scope: "components", componentIds: [] })).rejects.toMatchObject({ fields: { componentIds: expect.any(String) } });
    expect((await getSubscription(token))?.componentIds).toHaveLength(2);
    await updateSubscription({ token, scope: "all", componentIds: [api.id] });
    expect(await getSubscription(token)).toMatchObject({ allComponents: true, componentIds: [] });
    await expect(updateSubscription({ token: "forged.token", scope: "all" })).rejects.toBeInstanceOf(InvalidSubscriberLinkError);
  });

  it("unsubscribes idempotently, and resubscribes straight to confirmed without another email", async () => {
    const { row, token } = await confirmedSubscriber("leaver@example.com");
    const first = new Date("2026-06-01T10:00:00Z");
    expect(await unsubscribe({ token, now: first })).toEqual({ status: "unsubscribed" });
    expect(await unsubscribe({ token, now: new Date("2026-06-02T10:00:00Z") })).toEqual({ status: "unsubscribed" });
    expect(await subscriberByEmail(db(), "leaver@example.com")).toMatchObject({ state: "unsubscribed", unsubscribedAt: first });
    expect(await resubscribe({ token })).toEqual({ status: "confirmed" });
    expect(await subscriberByEmail(db(), "leaver@example.com")).toMatchObject({ state: "confirmed", unsubscribedAt: null });
    expect(await notificationKinds(db(), row.id)).toEqual([]);
  });

  it("refuses forged unsubscribe links with a clear error and changes nothing", async () => {
    const { row, token } = await confirmedSubscriber("kept@example.com");
    for (const bad of [`${row.id}.${"A".repeat(43)}`, token.slice(0, -1), "", "a.b.c", 42]) {
      await expect(unsubscribe({ token: bad })).rejects.toMatchObject({ code: "bad_request", message: expect.stringContaining("not valid") });
    }
    expect((await subscriberByEmail(db(), "kept@example.com")).state).toBe("confirmed");
  });

  it("answers a valid link to a removed subscription: unsubscribe succeeds, resubscribe says it is gone", async () => {
    const { row, token } = await confirmedSubscriber("removed@example.com");
    await db().subscriber.delete({ where: { id: row.id } });
    expect(await getSubscription(token)).toBeNull();
    expect(await unsubscribe({ token })).toEqual({ status: "unsubscribed" });
    await expect(resubscribe({ token })).rejects.toMatchObject({ code: "not_found" });
    await expect(updateSubscription({ token, scope: "all" })).rejects.toMatchObject({ code: "not_found" });
  });
});
