import { afterEach, describe, expect, it } from "vitest";
import { commandLineActor } from "../../lib/auth/actor";
import { createComponent } from "../../lib/components/create-component";
import { createIncident } from "../../lib/incidents/create-incident";
import { postIncidentUpdate } from "../../lib/incidents/post-incident-update";
import { setComponentStatus } from "../../lib/components/set-component-status";
import { exactlyOnePerEvent } from "../../lib/notifications/channels/webhook/testing/check-webhooks";
import { ensurePage } from "../../lib/pages/ensure-page";
import { createConfirmedSubscribers } from "../../lib/subscribers/testing/create-subscribers";
import { createWebhookSubscribers } from "../../lib/subscribers/testing/create-webhook-subscribers";
import { startWebhookReceiver, type WebhookReceiver } from "../../lib/testing/webhook-receiver";
import { withTestDatabase } from "../../lib/testing/with-test-database";
import { startOutboxWorker } from "./outbox-worker";

// The receiver listens on 127.0.0.1, which only this switch lets webhooks reach.
process.env.BEACON_ALLOW_PRIVATE_WEBHOOKS = "true";

const db = withTestDatabase();

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

let sequence = 0;
const endpoints = (receiver: WebhookReceiver, name: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${receiver.url}/${name}-${(sequence += 1)}-${index}`);

const worker = (options: { retrySeconds?: number } = {}) => {
  const stop = startOutboxWorker({
    channels: { email: { smtpUrl: null }, webhook: { timeoutMs: 5_000, concurrency: 4 } },
    retrySeconds: options.retrySeconds ?? 0.2,
    leaseSeconds: 10,
    batchSize: 30,
    idleMs: 100,
  });
  cleanups.push(stop);
  return stop;
};

async function outage(pageId: string, name: string) {
  const component = await createComponent(commandLineActor, { name });
  return { pageId, component };
}

// Each status change is an event of its own (component_update), next to the incident's updates.
const statusChanges = async (componentId: string) =>
  (await db().componentStatusLog.findMany({ where: { componentId, oldStatus: { not: null } }, select: { id: true } })).map((row) => row.id);

describe("webhook subscribers through the outbox worker", () => {
  it("sends one signed Statuspage payload per (event, endpoint) to the endpoints whose components it touches", async () => {
    const receiver = await startWebhookReceiver();
    cleanups.push(() => receiver.stop());
    const { pageId, component } = await outage((await ensurePage()).id, "Webhook API");
    const other = await createComponent(commandLineActor, { name: "Webhook other" });
    const following = await createWebhookSubscribers(db(), pageId, endpoints(receiver, "api", 3), { componentIds: [component.id] });
    const everything = await createWebhookSubscribers(db(), pageId, endpoints(receiver, "all", 2));
    await createWebhookSubscribers(db(), pageId, endpoints(receiver, "other", 2), { componentIds: [other.id] });
    const readers = await createConfirmedSubscribers(db(), pageId, 2, { componentIds: [component.id] });
    worker();

    const { incidentId, updateId } = await createIncident(commandLineActor, { name: "API down", body: "Looking into it.", components: { [component.id]: "major_outage" } });
    const second = await postIncidentUpdate(commandLineActor, { incidentId, status: "identified", body: "Found it." });
    // Two updates and the component's change to major_outage, to each of five endpoints.
    await receiver.waitFor(15);
    await expect.poll(() => db().delivery.count({ where: { channel: "webhook", status: "sent" } }), { timeout: 20_000 }).toBe(15);

    const check = exactlyOnePerEvent(receiver.accepted, [...following, ...everything], [updateId, second.updateId, ...(await statusChanges(component.id))]);
    expect(check).toMatchObject({ ok: true, total: 15 });
    const payload = JSON.parse(receiver.accepted.find((request) => request.body.includes("Found it."))!.body);
    expect(Object.keys(payload)).toEqual(["meta", "page", "incident"]);
    expect(Object.keys(payload.meta)).toEqual(["unsubscribe", "documentation", "generated_at"]);
    expect(payload.meta.unsubscribe).toMatch(/\/subscribe\/unsubscribe\?token=/);
    expect(payload.page).toEqual({ id: pageId, status_indicator: expect.any(String), status_description: expect.any(String) });
    expect(payload.incident).toMatchObject({ id: incidentId, status: "identified", components: [{ id: component.id, status: "major_outage" }] });
    expect(payload.incident.incident_updates.map((update: { body: string }) => update.body)).toEqual(["Found it.", "Looking into it."]);
    expect(receiver.accepted[0]!.headers["content-type"]).toBe("application/json");
    // The email subscribers of the same component got email deliveries (held: no SMTP here).
    const emails = await db().delivery.findMany({ where: { subscriberId: { in: readers.map((reader) => reader.id) } }, select: { channel: true, status: true } });
    expect(emails).toHaveLength(4);
    expect(emails.every((row) => row.channel === "email" && row.status === "held")).toBe(true);
  });

  it("delivers exactly one request per endpoint when the receiver goes down during a fan-out and comes back", async () => {
    const receiver = await startWebhookReceiver();
    cleanups.push(() => receiver.stop());
    const { pageId, component } = await outage((await ensurePage()).id, "Webhook outage");
    const subscribers = await createWebhookSubscribers(db(), pageId, endpoints(receiver, "down", 40), { componentIds: [component.id] });
    const ids = subscribers.map((subscriber) => subscriber.id);
    const sent = () => db().delivery.count({ where: { subscriberId: { in: ids }, status: "sent" } });
    worker();

    const { updateId } = await createIncident(commandLineActor, { name: "Outage", body: "Down.", components: { [component.id]: "major_outage" } });
    await receiver.waitFor(8);
    // Requests are held unanswered, then the receiver goes away with them: those were never
    // accepted. Everything answered before is recorded first, so no request is ambiguous.
    receiver.hold();
    await expect.poll(async () => (await sent()) === receiver.accepted.length, { timeout: 20_000 }).toBe(true);
    await receiver.stop();
    const acceptedBefore = receiver.accepted.length;
    expect(acceptedBefore).toBeLessThan(80);
    await expect.poll(() => db().delivery.count({ where: { subscriberId: { in: ids }, status: "pending", attempts: { gt: 0 } } }), { timeout: 20_000 }).toBeGreaterThan(0);

    // The update and the component's change, each to the 40 endpoints.
    await receiver.start();
    await receiver.waitFor(80, 60_000);
    await expect.poll(sent, { timeout: 20_000 }).toBe(80);
    expect(exactlyOnePerEvent(receiver.accepted, subscribers, [updateId, ...(await statusChanges(component.id))])).toMatchObject({ ok: true, total: 80 });
  });

  it("sends a component's status change as Statuspage's component payload, once per endpoint", async () => {
    const receiver = await startWebhookReceiver();
    cleanups.push(() => receiver.stop());
    const { pageId, component } = await outage((await ensurePage()).id, "Webhook component");
    const subscribers = await createWebhookSubscribers(db(), pageId, endpoints(receiver, "component", 3), { componentIds: [component.id] });
    worker();

    await setComponentStatus(commandLineActor, { id: component.id, status: "partial_outage" });
    await receiver.waitFor(3);
    const [change] = await statusChanges(component.id);
    expect(exactlyOnePerEvent(receiver.accepted, subscribers, [change!])).toMatchObject({ ok: true, total: 3 });
    const payload = JSON.parse(receiver.accepted[0]!.body);
    expect(Object.keys(payload)).toEqual(["meta", "page", "component", "component_update"]);
    expect(payload.page).toMatchObject({ id: pageId, status_indicator: expect.any(String) });
    expect(payload.component).toMatchObject({ id: component.id, name: "Webhook component", status: "partial_outage", page_id: pageId, group: false });
    expect(payload.component_update).toEqual({
      id: change,
      component_id: component.id,
      component_type: "Component",
      old_status: "operational",
      new_status: "partial_outage",
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });
});
