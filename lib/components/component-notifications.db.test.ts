import { beforeAll, describe, expect, it } from "vitest";
import { commandLineActor } from "../auth/actor";
import { createIncident } from "../incidents/create-incident";
import { fanOutNotifications } from "../notifications/outbox/fan-out-notifications";
import { ensurePage } from "../pages/ensure-page";
import { createConfirmedSubscribers } from "../subscribers/testing/create-subscribers";
import { createWebhookSubscribers } from "../subscribers/testing/create-webhook-subscribers";
import { withTestDatabase } from "../testing/with-test-database";
import { changeComponentStatus } from "./change-component-status";
import { createComponent } from "./create-component";
import { setComponentStatus } from "./set-component-status";

// A component's status change is an outbox event of its own (component_update), written with
// the change and naming its status-log row, addressed to webhook subscribers only.

const db = withTestDatabase();

let pageId: string;
beforeAll(async () => {
  pageId = (await ensurePage()).id;
});

const notificationsFor = (componentId: string) =>
  db().notification.findMany({
    where: { kind: "component_update", componentStatusLog: { componentId } },
    select: { id: true, componentStatusLog: { select: { oldStatus: true, newStatus: true, source: true } } },
  });

describe("component status notifications", () => {
  it("writes one component_update per change, none for a creation or a status it already had", async () => {
    const component = await createComponent(commandLineActor, { name: "Notified API" });
    await setComponentStatus(commandLineActor, { id: component.id, status: "major_outage" });
    await setComponentStatus(commandLineActor, { id: component.id, status: "major_outage" });
    await createIncident(commandLineActor, { name: "Fixing", body: "On it.", components: { [component.id]: "partial_outage" } });
    expect(await notificationsFor(component.id)).toMatchObject([
      { componentStatusLog: { oldStatus: "operational", newStatus: "major_outage", source: "manual" } },
      { componentStatusLog: { oldStatus: "major_outage", newStatus: "partial_outage", source: "incident" } },
    ]);
  });

  it("is written in the change's transaction: a change rolled back leaves no event", async () => {
    const component = await createComponent(commandLineActor, { name: "Rolled back" });
    const failure = new Error("rolled back on purpose");
    await expect(
      db().$transaction(async (tx) => {
        await changeComponentStatus(tx, { pageId, componentId: component.id, status: "major_outage", source: "manual", actor: commandLineActor });
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await notificationsFor(component.id)).toEqual([]);
    expect(await db().component.findUniqueOrThrow({ where: { id: component.id }, select: { status: true } })).toEqual({ status: "operational" });
  });

  it("fans out to webhook subscribers of the page or of that component, never to email subscribers", async () => {
    const component = await createComponent(commandLineActor, { name: "Filtered" });
    const other = await createComponent(commandLineActor, { name: "Unrelated" });
    const following = await createWebhookSubscribers(db(), pageId, ["https://hooks.example.test/following"], { componentIds: [component.id] });
    const everything = await createWebhookSubscribers(db(), pageId, ["https://hooks.example.test/everything"]);
    const elsewhere = await createWebhookSubscribers(db(), pageId, ["https://hooks.example.test/elsewhere"], { componentIds: [other.id] });
    const readers = await createConfirmedSubscribers(db(), pageId, 2, { componentIds: [component.id] });
    await fanOutNotifications(1_000);

    await setComponentStatus(commandLineActor, { id: component.id, status: "degraded_performance" });
    await fanOutNotifications(1_000);
    const [event] = await notificationsFor(component.id);
    const deliveries = await db().delivery.findMany({ where: { notificationId: event!.id }, select: { subscriberId: true, channel: true } });
    const ids = deliveries.map((row) => row.subscriberId);
    expect(deliveries.every((row) => row.channel === "webhook")).toBe(true);
    expect(ids).toHaveLength(following.length + everything.length);
    expect(ids).toEqual(expect.arrayContaining([...following, ...everything].map((subscriber) => subscriber.id)));
    expect(ids).not.toContain(elsewhere[0]!.id);
    expect(ids.some((id) => readers.some((reader) => reader.id === id))).toBe(false);
  });
});
