import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../../auth/actor";
import { ensurePage } from "../../../pages/ensure-page";
import { createWebhookSubscribers } from "../../../subscribers/testing/create-webhook-subscribers";
import { withTestDatabase } from "../../../testing/with-test-database";
import { getDeliveryPreview } from "./get-delivery-preview";

const db = withTestDatabase();

const admin: Actor = { kind: "user", id: "admin-id", email: "admin@example.com", role: "admin" };
const editor: Actor = { kind: "user", id: "editor-id", email: "editor@example.com", role: "editor" };

let pageId = "";
beforeAll(async () => {
  pageId = (await ensurePage()).id;
});

async function heldConfirmation() {
  const subscriber = await db().subscriber.create({ data: { pageId, email: `new-${Date.now()}@example.org`, state: "pending" } });
  const notification = await db().notification.create({ data: { pageId, kind: "confirmation", subscriberId: subscriber.id, fannedOutAt: new Date() } });
  const delivery = await db().delivery.create({ data: { notificationId: notification.id, subscriberId: subscriber.id, status: "held", lastError: "not sent: SMTP_URL is not set" } });
  return { subscriber, notification, delivery };
}

describe("getDeliveryPreview", () => {
  it("composes a held confirmation email with a working confirmation link", async () => {
    const { subscriber, notification, delivery } = await heldConfirmation();
    const preview = await getDeliveryPreview(admin, { pageId, notificationId: notification.id, deliveryId: delivery.id });
    expect(preview).toMatchObject({ email: subscriber.email, status: "held", attempts: 0 });
    expect(preview?.message?.subject).toMatch(/confirm/i);
    expect(preview?.message?.text).toMatch(/\/subscribe\/confirm\?token=\S+/);
  });

  it("finds nothing under another notification or page, and refuses editors", async () => {
    const { notification, delivery } = await heldConfirmation();
    const other = await db().page.create({ data: { name: "Other" } });
    expect(await getDeliveryPreview(admin, { pageId: other.id, notificationId: notification.id, deliveryId: delivery.id })).toBeNull();
    expect(await getDeliveryPreview(admin, { pageId, notificationId: "elsewhere", deliveryId: delivery.id })).toBeNull();
    await expect(getDeliveryPreview(editor, { pageId, notificationId: notification.id, deliveryId: delivery.id })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("shows no email for a webhook delivery", async () => {
    const [hook] = await createWebhookSubscribers(db(), pageId, ["https://hooks.example.com/preview"]);
    const notification = await db().notification.create({ data: { pageId, kind: "incident_update", fannedOutAt: new Date() } });
    const delivery = await db().delivery.create({ data: { notificationId: notification.id, subscriberId: hook!.id, channel: "webhook" } });
    expect(await getDeliveryPreview(admin, { pageId, notificationId: notification.id, deliveryId: delivery.id })).toBeNull();
  });

  it("shows no message when what it announced is gone", async () => {
    const { subscriber, delivery } = await heldConfirmation();
    const incident = await db().incident.create({ data: { pageId, name: "Gone", status: "investigating", impact: "minor", startedAt: new Date() } });
    const notification = await db().notification.create({ data: { pageId, kind: "postmortem", incidentId: incident.id, fannedOutAt: new Date() } });
    const orphan = await db().delivery.create({ data: { notificationId: notification.id, subscriberId: subscriber.id, status: "held" } });
    expect(delivery.id).not.toBe(orphan.id);
    // An unpublished postmortem is not public: nothing to compose.
    expect((await getDeliveryPreview(admin, { pageId, notificationId: notification.id, deliveryId: orphan.id }))?.message).toBeNull();
  });
});
