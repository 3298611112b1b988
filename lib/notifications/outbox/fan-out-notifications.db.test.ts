import { beforeAll, describe, expect, it } from "vitest";
import { commandLineActor } from "../../auth/actor";
import { createComponent } from "../../components/create-component";
import { createIncident } from "../../incidents/create-incident";
import { postIncidentUpdate } from "../../incidents/post-incident-update";
import { scheduleMaintenance } from "../../incidents/schedule-maintenance";
import { ensurePage } from "../../pages/ensure-page";
import { createConfirmedSubscribers } from "../../subscribers/testing/create-subscribers";
import { withTestDatabase } from "../../testing/with-test-database";
import { enqueueNotification } from "./enqueue-notification";
import { fanOutNextNotification, fanOutNotifications } from "./fan-out-notifications";

const db = withTestDatabase();

let pageId: string;
beforeAll(async () => {
  pageId = (await ensurePage()).id;
});

const component = async (name: string) => (await createComponent(commandLineActor, { name })).id;
const recipientsOf = async (notificationId: string) =>
  (await db().delivery.findMany({ where: { notificationId }, select: { subscriberId: true } })).map((row) => row.subscriberId).sort();
const outboxOf = async (incidentUpdateId: string) => (await db().notification.findFirstOrThrow({ where: { incidentUpdateId } })).id;
const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

describe("fanOutNotifications", () => {
  it("sends an incident's news to confirmed subscribers of the whole page or of an affected component only", async () => {
    const [api, web, docs] = [await component("API"), await component("Web"), await component("Docs")];
    const whole = await createConfirmedSubscribers(db(), pageId, 2);
    const apiOnly = await createConfirmedSubscribers(db(), pageId, 1, { componentIds: [api] });
    const webOnly = await createConfirmedSubscribers(db(), pageId, 1, { componentIds: [web] });
    const docsOnly = await createConfirmedSubscribers(db(), pageId, 1, { componentIds: [docs, web] });
    const left = await createConfirmedSubscribers(db(), pageId, 3);
    await db().subscriber.update({ where: { id: left[0]!.id }, data: { state: "pending" } });
    await db().subscriber.update({ where: { id: left[1]!.id }, data: { state: "unsubscribed" } });
    await db().subscriber.update({ where: { id: left[2]!.id }, data: { state: "failed" } });
    const other = await db().page.create({ data: { name: "Another page" } });
    await createConfirmedSubscribers(db(), other.id, 2);

    const created = await createIncident(commandLineActor, { name: "API down", components: { [api]: "major_outage" } });
    // Matching uses the incident's affected components when the entry is fanned out. The
    // component's own change is an entry too, for webhooks only: none of these gets it.
    const first = await fanOutNotifications();
    expect(first).toHaveLength(2);
    expect(first.reduce((sum, entry) => sum + entry.deliveries, 0)).toBe(whole.length + apiOnly.length);
    expect(await recipientsOf(await outboxOf(created.updateId))).toEqual(ids([...whole, ...apiOnly]).sort());
    const quiet = await postIncidentUpdate(commandLineActor, { incidentId: created.incidentId, status: "identified", body: "", deliver_notifications: false });
    const widened = await postIncidentUpdate(commandLineActor, {
      incidentId: created.incidentId,
      status: "monitoring",
      body: "Web too",
      components: { [web]: "degraded_performance" },
    });
    const maintenance = await scheduleMaintenance(commandLineActor, {
      name: "Docs upgrade",
      scheduledFor: "2030-01-01T00:00:00Z",
      scheduledUntil: "2030-01-01T01:00:00Z",
      componentIds: [docs],
    });
    expect(await db().notification.count({ where: { incidentUpdateId: quiet.updateId } })).toBe(0);

    // The two updates, and Web's change to degraded_performance.
    const fanned = await fanOutNotifications();
    expect(fanned).toHaveLength(3);
    expect(await recipientsOf(await outboxOf(widened.updateId))).toEqual(ids([...whole, ...apiOnly, ...webOnly, ...docsOnly]).sort());
    expect(await recipientsOf(await outboxOf(maintenance.updateId))).toEqual(ids([...whole, ...docsOnly]).sort());
    const stamped = await db().notification.count({ where: { id: { in: fanned.map((entry) => entry.notificationId) }, fannedOutAt: { not: null } } });
    expect(stamped).toBe(3);
  });

  it("sends a confirmation only to a pending subscriber, and an already-subscribed note only to a confirmed one", async () => {
    const [pending, confirmed] = await createConfirmedSubscribers(db(), pageId, 2);
    await db().subscriber.update({ where: { id: pending!.id }, data: { state: "pending" } });
    const enqueue = (kind: "confirmation" | "already_subscribed", subscriberId: string) =>
      db().$transaction((tx) => enqueueNotification(tx, { pageId, kind, subscriberId }));
    const toPending = await enqueue("confirmation", pending!.id);
    const confirmationToConfirmed = await enqueue("confirmation", confirmed!.id);
    const noteToConfirmed = await enqueue("already_subscribed", confirmed!.id);
    const noteToPending = await enqueue("already_subscribed", pending!.id);
    await fanOutNotifications();
    expect(await recipientsOf(toPending)).toEqual([pending!.id]);
    expect(await recipientsOf(confirmationToConfirmed)).toEqual([]);
    expect(await recipientsOf(noteToConfirmed)).toEqual([confirmed!.id]);
    expect(await recipientsOf(noteToPending)).toEqual([]);
  });

  it("fans each entry out once: concurrent fan-outs share the work, and a second fan-out adds nobody", async () => {
    const subscribers = await createConfirmedSubscribers(db(), pageId, 2_500);
    const updates = await Promise.all(
      ["One", "Two", "Three"].map((name) => createIncident(commandLineActor, { name })),
    );
    const results = await Promise.all([fanOutNotifications(), fanOutNotifications(), fanOutNotifications()]);
    expect(results.flat().map((entry) => entry.notificationId).sort()).toEqual(
      (await Promise.all(updates.map((update) => outboxOf(update.updateId)))).sort(),
    );
    const first = await outboxOf(updates[0]!.updateId);
    const everyone = await db().subscriber.count({ where: { pageId, state: "confirmed", allComponents: true } });
    expect(everyone).toBeGreaterThanOrEqual(subscribers.length);
    expect(await db().delivery.count({ where: { notificationId: first } })).toBe(everyone);

    expect(await fanOutNextNotification()).toBeNull();
    // Handed back by hand: the deliveries already made are not made again.
    await db().notification.update({ where: { id: first }, data: { fannedOutAt: null } });
    expect(await fanOutNextNotification()).toEqual({ notificationId: first, deliveries: 0 });
    expect(await db().delivery.count({ where: { notificationId: first } })).toBe(everyone);
  });
});
