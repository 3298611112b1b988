import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../testing/with-test-database";
import { subscribe } from "./subscribe";
import { notificationKinds, setUpPage, subscriberByEmail } from "./testing/subscriber-fixtures";

const db = withTestDatabase();
let ip = 0;
// A fresh IP per call, so these tests never meet the per-IP throttle (tested on its own).
const nextIp = () => `192.0.2.${(ip += 1)}`;

describe("subscribe", () => {
  it("makes a new address pending, with one confirmation queued in the same transaction", async () => {
    const { pageId, api } = await setUpPage(db());
    const result = await subscribe({ pageId, email: " New@Example.com ", scope: "components", componentIds: [api.id, api.id], ip: nextIp() });
    expect(result).toEqual({ status: "check_inbox" });
    const subscriber = await subscriberByEmail(db(), "new@example.com");
    expect(subscriber).toMatchObject({ state: "pending", allComponents: false, components: [{ componentId: api.id }] });
    expect(await notificationKinds(db(), subscriber.id)).toEqual(["confirmation"]);
    expect(await db().subscribeAttempt.count({ where: { email: "new@example.com" } })).toBe(1);
  });

  it("answers the same for a new, a pending and a confirmed address", async () => {
    const { pageId } = await setUpPage(db());
    await db().subscriber.create({ data: { pageId, email: "confirmed@example.com", state: "confirmed", confirmedAt: new Date() } });
    const fresh = await subscribe({ pageId, email: "fresh@example.com", scope: "all", ip: nextIp() });
    const pending = await subscribe({ pageId, email: "fresh@example.com", scope: "all", ip: nextIp() });
    const confirmed = await subscribe({ pageId, email: "confirmed@example.com", scope: "all", ip: nextIp() });
    expect(pending).toEqual(fresh);
    expect(confirmed).toEqual(fresh);
  });

  it("gives a pending address its new choice and a new confirmation that replaces the old one", async () => {
    const { pageId, api, web } = await setUpPage(db());
    await subscribe({ pageId, email: "again@example.com", scope: "components", componentIds: [api.id], ip: nextIp() });
    const before = await subscriberByEmail(db(), "again@example.com");
    await subscribe({ pageId, email: "again@example.com", scope: "components", componentIds: [web.id], ip: nextIp() });
    const after = await subscriberByEmail(db(), "again@example.com");
    expect(after).toMatchObject({ id: before.id, state: "pending", confirmVersion: before.confirmVersion + 1, components: [{ componentId: web.id }] });
    expect(await notificationKinds(db(), after.id)).toEqual(["confirmation", "confirmation"]);
  });

  it("does not let a stranger change a confirmed subscription: its owner gets the manage link instead", async () => {
    const { pageId, api, web } = await setUpPage(db());
    const owner = await db().subscriber.create({
      data: { pageId, email: "owner@example.com", state: "confirmed", allComponents: false, confirmedAt: new Date(), components: { create: [{ componentId: api.id }] } },
    });
    await subscribe({ pageId, email: "OWNER@example.com", scope: "components", componentIds: [web.id], ip: nextIp() });
    await subscribe({ pageId, email: "owner@example.com", scope: "all", ip: nextIp() });
    const after = await subscriberByEmail(db(), "owner@example.com");
    expect(after).toMatchObject({ state: "confirmed", allComponents: false, confirmVersion: owner.confirmVersion, components: [{ componentId: api.id }] });
    expect(await notificationKinds(db(), owner.id)).toEqual(["already_subscribed", "already_subscribed"]);
  });

  it("takes an unsubscribed or failed address back to pending with a new confirmation", async () => {
    const { pageId } = await setUpPage(db());
    for (const state of ["unsubscribed", "failed"] as const) {
      const email = `${state}@example.com`;
      const row = await db().subscriber.create({ data: { pageId, email, state, allComponents: false, unsubscribedAt: new Date(), lastError: "550 no" } });
      await subscribe({ pageId, email, scope: "all", ip: nextIp() });
      const after = await subscriberByEmail(db(), email);
      expect(after).toMatchObject({ id: row.id, state: "pending", allComponents: true, unsubscribedAt: null, confirmVersion: row.confirmVersion + 1 });
      expect(await notificationKinds(db(), row.id)).toEqual(["confirmation"]);
    }
  });

  it("sends an unconfirmed address nothing but confirmations, however often it is asked", async () => {
    const { pageId } = await setUpPage(db());
    for (let i = 0; i < 3; i += 1) await subscribe({ pageId, email: "waiting@example.com", scope: "all", ip: nextIp() });
    const subscriber = await subscriberByEmail(db(), "waiting@example.com");
    expect(await notificationKinds(db(), subscriber.id)).toEqual(["confirmation", "confirmation", "confirmation"]);
  });

  it("refuses bad input by the field and writes nothing", async () => {
    const { pageId, hidden } = await setUpPage(db());
    const counts = async () => [await db().subscriber.count(), await db().notification.count(), await db().subscribeAttempt.count()];
    const before = await counts();
    await expect(subscribe({ pageId, email: "not an address", scope: "all", ip: nextIp() })).rejects.toMatchObject({ code: "validation", fields: { email: expect.any(String) } });
    await expect(subscribe({ pageId, email: "a@example.com", scope: "components", componentIds: [], ip: nextIp() })).rejects.toMatchObject({
      fields: { componentIds: "Choose at least one component, or everything on this page." },
    });
    // A component not offered (hidden) or gone: a message, not a foreign-key failure.
    for (const id of [hidden.id, "no-such-component"]) {
      await expect(subscribe({ pageId, email: "a@example.com", scope: "components", componentIds: [id], ip: nextIp() })).rejects.toMatchObject({
        code: "validation",
        fields: { componentIds: expect.stringContaining("no longer exist") },
      });
    }
    await expect(subscribe({ pageId, email: "a\0@example.com", scope: "all", ip: nextIp() })).rejects.toMatchObject({ code: "validation" });
    expect(await counts()).toEqual(before);
  });

  it("survives two requests for a new address at once: one subscriber, two confirmations", async () => {
    const { pageId } = await setUpPage(db());
    await Promise.all([1, 2].map(() => subscribe({ pageId, email: "race@example.com", scope: "all", ip: nextIp() })));
    const subscriber = await subscriberByEmail(db(), "race@example.com");
    expect(await notificationKinds(db(), subscriber.id)).toEqual(["confirmation", "confirmation"]);
  });
});
