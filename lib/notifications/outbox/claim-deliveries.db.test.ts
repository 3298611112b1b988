import { beforeAll, describe, expect, it } from "vitest";
import { commandLineActor } from "../../auth/actor";
import { createIncident } from "../../incidents/create-incident";
import { lockIncident, recordIncidentUpdate } from "../../incidents/record-incident-update";
import { ensurePage } from "../../pages/ensure-page";
import { createConfirmedSubscribers } from "../../subscribers/testing/create-subscribers";
import { withTestDatabase } from "../../testing/with-test-database";
import { claimDueDeliveries } from "./claim-deliveries";

const db = withTestDatabase();

let pageId: string;
beforeAll(async () => {
  pageId = (await ensurePage()).id;
});

// Deliveries due at a moment of their own far in the past, so claims made "then" see only them.
async function deliveriesDueAt(dueAt: Date, count: number, status: "pending" | "sent" | "held" = "pending") {
  const subscribers = await createConfirmedSubscribers(db(), pageId, count);
  const notification = await db().notification.create({ data: { pageId, kind: "incident_update", fannedOutAt: dueAt } });
  await db().delivery.createMany({
    data: subscribers.map((subscriber) => ({ notificationId: notification.id, subscriberId: subscriber.id, nextAttemptAt: dueAt, status })),
  });
  return (await db().delivery.findMany({ where: { notificationId: notification.id }, select: { id: true } })).map((row) => row.id).sort();
}

describe("claimDueDeliveries", () => {
  it("claims due pending rows once per lease, and again when the lease has run out", async () => {
    const dueAt = new Date("2001-01-01T00:00:00Z");
    const ids = await deliveriesDueAt(dueAt, 7);
    await deliveriesDueAt(new Date("2001-01-01T00:00:00Z"), 2, "sent");
    await deliveriesDueAt(new Date("2001-01-01T00:00:00Z"), 2, "held");
    await deliveriesDueAt(new Date("2001-01-01T00:10:00Z"), 2);
    const now = new Date("2001-01-01T00:00:05Z");
    const first = await claimDueDeliveries({ limit: 5, leaseMs: 60_000, now });
    expect(first).toHaveLength(5);
    expect(first[0]).toMatchObject({ attempts: 0, claimedUntil: new Date("2001-01-01T00:01:05Z") });
    const second = await claimDueDeliveries({ limit: 5, leaseMs: 60_000, now });
    expect([...first, ...second].map((row) => row.id).sort()).toEqual(ids);
    expect(await claimDueDeliveries({ limit: 5, leaseMs: 60_000, now })).toEqual([]);
    const stored = await db().delivery.findUniqueOrThrow({ where: { id: first[0]!.id } });
    expect(stored.claimedUntil).toEqual(new Date("2001-01-01T00:01:05Z"));

    // A sender that died never records anything: after the lease the rows are taken again.
    const later = new Date("2001-01-01T00:01:06Z");
    const retaken = await claimDueDeliveries({ limit: 50, leaseMs: 60_000, now: later });
    expect(retaken.map((row) => row.id).sort()).toEqual(ids);
    // Out of the way of the next test, which claims at a later moment.
    await db().delivery.updateMany({ where: { status: "pending" }, data: { status: "sent" } });
  });

  it("never hands one row to two concurrent claimers", async () => {
    const dueAt = new Date("2002-01-01T00:00:00Z");
    const ids = await deliveriesDueAt(dueAt, 300);
    const now = new Date("2002-01-01T00:00:01Z");
    const claims = await Promise.all(Array.from({ length: 6 }, () => claimDueDeliveries({ limit: 40, leaseMs: 60_000, now })));
    const claimed = claims.flat().map((row) => row.id);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect(claimed.length).toBe(240);
    expect(claimed.every((id) => ids.includes(id))).toBe(true);
    expect(await db().delivery.count({ where: { id: { in: ids }, claimedUntil: { not: null } } })).toBe(240);
  });
});

describe("the outbox entry", () => {
  it("exists exactly when the update it announces committed", async () => {
    const { incidentId } = await createIncident(commandLineActor, { name: "Outbox", deliver_notifications: false });
    const record = (deliverNotifications: boolean) =>
      db().$transaction(async (tx) => {
        const incident = await lockIncident(tx, pageId, incidentId);
        const result = await recordIncidentUpdate(tx, { incident, actor: commandLineActor, status: "identified", body: "x", deliverNotifications });
        if (deliverNotifications) throw new Error(`rolled back after update ${result.updateId}`);
        return result;
      });
    const failure = await record(true).then(() => null, (error: Error) => error);
    const rolledBack = /after update (\S+)/.exec(failure?.message ?? "")?.[1];
    expect(rolledBack).toBeDefined();
    expect(await db().incidentUpdate.count({ where: { id: rolledBack } })).toBe(0);
    expect(await db().notification.count({ where: { incidentUpdateId: rolledBack } })).toBe(0);

    const committed = await db().$transaction(async (tx) => {
      const incident = await lockIncident(tx, pageId, incidentId);
      return recordIncidentUpdate(tx, { incident, actor: commandLineActor, status: "monitoring", body: "y", deliverNotifications: true });
    });
    const entries = await db().notification.findMany({ where: { incidentUpdateId: committed.updateId } });
    expect(entries).toEqual([expect.objectContaining({ kind: "incident_update", incidentId, fannedOutAt: null })]);
    expect(await db().notification.count({ where: { incidentId } })).toBe(1);
  });
});
