import "server-only";
import { getDb } from "../../../db";
import { getIncident } from "../../../incidents/get-incident";
import { loadV2Data, type V2Data } from "../../../status-page/v2/load-v2-data";
import { toV2Components } from "../../../status-page/v2/serialize-components";
import { toV2Incident, toV2ScheduledMaintenance } from "../../../status-page/v2/serialize-incident";
import { incidentContext, toV2Status } from "../../../status-page/v2/serialize-responses";
import type { WebhookContent } from "./webhook-payload";

// What one notification's webhooks (and chat messages, chat/load-chat-notice.ts) carry, read
// once however many endpoints it goes to: the page's roll-up now and the incident with its
// updates (or the component and its change), through the /api/v2 serialisers.

export type { WebhookContent };

type NotificationRow = { pageId: string; kind: string; incidentId: string | null; incidentUpdateId: string | null; componentStatusLogId: string | null };

/** Null for what webhooks do not carry (an email confirmation) or for a subject deleted meanwhile. */
export async function loadWebhookContent(notificationId: string): Promise<WebhookContent | null> {
  const notification = await getDb().notification.findUnique({
    where: { id: notificationId },
    select: { pageId: true, kind: true, incidentId: true, incidentUpdateId: true, componentStatusLogId: true },
  });
  if (!notification) return null;
  if (notification.kind === "component_update") return loadComponentContent(notification);
  if (notification.kind === "incident_update" || notification.kind === "postmortem") return loadIncidentContent(notification);
  return null;
}

function common(data: V2Data) {
  const page = { name: data.page.name, url: data.baseUrl, timeZone: data.page.timeZone };
  return { pageId: data.page.id, page, status: toV2Status(data), documentationUrl: `${data.baseUrl}/api/v1/openapi.json` };
}

async function loadIncidentContent(notification: NotificationRow): Promise<WebhookContent | null> {
  if (!notification.incidentId) return null;
  const [data, incident] = await Promise.all([loadV2Data("status"), getIncident(notification.pageId, notification.incidentId)]);
  if (!incident) return null;
  const context = incidentContext(data, toV2Components(data.tree, data.page.id));
  // A webhook sent after later updates were posted still announces its own: the list stops at
  // it (newest first), as receivers read incident_updates[0] as the news.
  const announced = incident.updates.findIndex((update) => update.id === notification.incidentUpdateId);
  const asOfUpdate = announced > 0 ? { ...incident, updates: incident.updates.slice(announced) } : incident;
  const v2 = incident.kind === "maintenance" ? toV2ScheduledMaintenance(asOfUpdate, context) : toV2Incident(asOfUpdate, context);
  return { ...common(data), about: "incident", incident: v2 };
}

async function loadComponentContent(notification: NotificationRow): Promise<WebhookContent | null> {
  if (!notification.componentStatusLogId) return null;
  const change = await getDb().componentStatusLog.findFirst({
    where: { id: notification.componentStatusLogId, pageId: notification.pageId },
    select: { id: true, componentId: true, oldStatus: true, newStatus: true, createdAt: true },
  });
  if (!change) return null;
  const data = await loadV2Data("status");
  // The component as it is now (its name, its place), as components.json shows it.
  const component = toV2Components(data.tree, data.page.id).find((row) => row.id === change.componentId);
  if (!component) return null;
  const componentUpdate = {
    id: change.id,
    component_id: change.componentId,
    component_type: "Component" as const,
    old_status: change.oldStatus,
    new_status: change.newStatus,
    created_at: change.createdAt.toISOString(),
  };
  return { ...common(data), about: "component", component, componentUpdate };
}

/** What "send a test message" posts: the page's roll-up now and a line saying it is a test. */
export async function loadTestWebhookContent(): Promise<WebhookContent> {
  const data = await loadV2Data("status");
  return { ...common(data), about: "test", message: `A test message from ${data.page.name} (Beacon): this endpoint receives its notifications.` };
}
