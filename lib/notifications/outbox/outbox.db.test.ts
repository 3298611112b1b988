import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../auth/actor";
import { ensurePage } from "../../pages/ensure-page";
import { createConfirmedSubscribers } from "../../subscribers/testing/create-subscribers";
import { createWebhookSubscribers } from "../../subscribers/testing/create-webhook-subscribers";
import { withTestDatabase } from "../../testing/with-test-database";
import { type DeliveryStatus, getIncidentDeliveryCounts } from "./delivery-counts";
import { listDeliveries } from "./list-deliveries";
import { getOutboxEntry, listOutbox } from "./list-outbox";

const db = withTestDatabase();

const admin: Actor = { kind: "user", id: "admin-id", email: "admin@example.com", role: "admin" };
const editor: Actor = { kind: "user", id: "editor-id", email: "editor@example.com", role: "editor" };
const token: Actor = { kind: "token", id: "token-id", name: "bot" };

let pageId = "";
let subscribers: { id: string; email: string }[] = [];

beforeAll(async () => {
  pageId = (await ensurePage()).id;
  subscribers = await createConfirmedSubscribers(db(), pageId, 8, { prefix: "outbox" });
});

/** A notification with one delivery per given status, to distinct subscribers. */
async function notify(data: { kind: "incident_update" | "postmortem" | "confirmation"; incidentId?: string; incidentUpdateId?: string; fannedOut?: boolean }, statuses: DeliveryStatus[]) {
  const notification = await db().notification.create({
    data: { pageId, kind: data.kind, incidentId: data.incidentId, incidentUpdateId: data.incidentUpdateId, fannedOutAt: data.fannedOut === false ? null : new Date() },
  });
  await db().delivery.createMany({
    data: statuses.map((status, index) => ({ notificationId: notification.id, subscriberId: subscribers[index]!.id, status, attempts: status === "failed" ? 5 : 0, lastError: status === "failed" ? "550 no such user" : null })),
  });
  return notification;
}

async function incidentWithUpdates(count: number) {
  return db().incident.create({
    data: { pageId, name: "Database down", status: "investigating", impact: "major", startedAt: new Date(), updates: { create: Array.from({ length: count }, (_, i) => ({ status: "investigating" as const, body: `update ${i}`, displayAt: new Date() })) } },
    include: { updates: { orderBy: { body: "asc" } } },
  });
}

describe("getIncidentDeliveryCounts", () => {
  it("counts each update's emails by status, and the postmortem's, in one grouped query", async () => {
    const incident = await incidentWithUpdates(4);
    const [first, second, third, quiet] = incident.updates;
    const one = await notify({ kind: "incident_update", incidentId: incident.id, incidentUpdateId: first!.id }, ["sent", "sent", "sent", "pending", "failed", "cancelled"]);
    await notify({ kind: "incident_update", incidentId: incident.id, incidentUpdateId: second!.id }, ["held", "held"]);
    await notify({ kind: "incident_update", incidentId: incident.id, incidentUpdateId: third!.id, fannedOut: false }, []);
    await notify({ kind: "postmortem", incidentId: incident.id }, ["sent", "failed"]);
    const counts = await getIncidentDeliveryCounts(editor, { pageId, incidentId: incident.id });
    expect(counts.updates[first!.id]).toEqual({ notificationId: one.id, queued: false, counts: { sent: 3, pending: 1, failed: 1, held: 0, cancelled: 1 } });
    expect(counts.updates[second!.id]?.counts).toEqual({ sent: 0, pending: 0, failed: 0, held: 2, cancelled: 0 });
    expect(counts.updates[third!.id]).toMatchObject({ queued: true, counts: { sent: 0, pending: 0 } });
    expect(counts.updates[quiet!.id]).toBeUndefined();
    expect(counts.postmortem?.counts).toMatchObject({ sent: 1, failed: 1 });
  });

  it("says nothing for an incident without notifications or of another page", async () => {
    const incident = await incidentWithUpdates(1);
    expect(await getIncidentDeliveryCounts(admin, { pageId, incidentId: incident.id })).toEqual({ updates: {}, postmortem: null });
    const other = await db().page.create({ data: { name: "Other" } });
    expect(await getIncidentDeliveryCounts(admin, { pageId: other.id, incidentId: incident.id })).toEqual({ updates: {}, postmortem: null });
  });
});

describe("outbox", () => {
  it("lists notifications newest first with their counts, paged", async () => {
    const confirmation = await notify({ kind: "confirmation" }, ["held"]);
    const page = await listOutbox(admin, { pageId, limit: 2 });
    expect(page?.entries[0]).toMatchObject({ id: confirmation.id, kind: "confirmation", incident: null, counts: { held: 1 } });
    expect(page?.entries).toHaveLength(2);
    const older = await listOutbox(admin, { pageId, limit: 50, before: page!.older! });
    const all = [...page!.entries, ...older!.entries];
    expect(new Set(all.map((entry) => entry.id)).size).toBe(all.length);
    expect(all.find((entry) => entry.kind === "postmortem")?.incident?.name).toBe("Database down");
    expect(all.find((entry) => entry.updateStatus === "investigating")).toBeDefined();
    expect(await listOutbox(admin, { pageId, before: "missing" })).toBeNull();
  });

  it("shows one notification and its deliveries, filtered by status", async () => {
    const notification = await notify({ kind: "incident_update" }, ["sent", "failed", "held", "failed"]);
    expect(await getOutboxEntry(admin, { pageId, id: notification.id })).toMatchObject({ counts: { sent: 1, failed: 2, held: 1 } });
    const failed = await listDeliveries(admin, { pageId, notificationId: notification.id, status: "failed" });
    expect(failed).toMatchObject({ matching: 2, pageCount: 1 });
    expect(failed.deliveries[0]).toMatchObject({ status: "failed", attempts: 5, lastError: "550 no such user", email: expect.stringMatching(/^outbox-/) });
    expect((await listDeliveries(admin, { pageId, notificationId: notification.id })).matching).toBe(4);
  });

  it("lists a webhook delivery with its channel, endpoint and owner's address", async () => {
    const [hook] = await createWebhookSubscribers(db(), pageId, ["https://hooks.example.com/outbox"]);
    const notification = await db().notification.create({ data: { pageId, kind: "incident_update", fannedOutAt: new Date() } });
    await db().delivery.create({ data: { notificationId: notification.id, subscriberId: hook!.id, channel: "webhook", status: "failed", lastError: "the endpoint answered HTTP 302" } });
    const list = await listDeliveries(admin, { pageId, notificationId: notification.id });
    expect(list.deliveries).toMatchObject([{ channel: "webhook", endpoint: "https://hooks.example.com/outbox", email: hook!.email, lastError: "the endpoint answered HTTP 302" }]);
    const emails = await listDeliveries(admin, { pageId, notificationId: (await notify({ kind: "incident_update" }, ["sent"])).id });
    expect(emails.deliveries).toMatchObject([{ channel: "email", endpoint: "" }]);
  });

  it("keeps other pages' notifications out, and refuses editors and tokens", async () => {
    const notification = await notify({ kind: "confirmation" }, ["held"]);
    const other = await db().page.create({ data: { name: "Elsewhere" } });
    expect(await getOutboxEntry(admin, { pageId: other.id, id: notification.id })).toBeNull();
    expect((await listDeliveries(admin, { pageId: other.id, notificationId: notification.id })).matching).toBe(0);
    await expect(listOutbox(editor, { pageId })).rejects.toMatchObject({ code: "forbidden" });
    await expect(listDeliveries(token, { pageId, notificationId: notification.id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(listDeliveries(admin, { pageId, notificationId: notification.id, status: "lost" as never })).rejects.toMatchObject({ code: "validation" });
  });
});
