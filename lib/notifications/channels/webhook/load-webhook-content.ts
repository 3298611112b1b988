import "server-only";
import { getDb } from "../../../db";
import { getIncident } from "../../../incidents/get-incident";
import { loadV2Data } from "../../../status-page/v2/load-v2-data";
import { toV2Components } from "../../../status-page/v2/serialize-components";
import { toV2Incident, toV2ScheduledMaintenance } from "../../../status-page/v2/serialize-incident";
import { incidentContext, toV2Status } from "../../../status-page/v2/serialize-responses";
import type { V2Incident, V2Status } from "../../../status-page/v2/types";

// What one notification's webhooks carry, read once however many endpoints it goes to: the
// page's roll-up now and the incident with its updates, through the /api/v2 serialisers.

export type WebhookContent = { pageId: string; status: V2Status; incident: V2Incident; documentationUrl: string };

/** Null for what webhooks do not carry (an email confirmation) or for an incident deleted meanwhile. */
export async function loadWebhookContent(notificationId: string): Promise<WebhookContent | null> {
  const notification = await getDb().notification.findUnique({
    where: { id: notificationId },
    select: { pageId: true, kind: true, incidentId: true, incidentUpdateId: true },
  });
  if (!notification?.incidentId || (notification.kind !== "incident_update" && notification.kind !== "postmortem")) return null;
  const [data, incident] = await Promise.all([loadV2Data("status"), getIncident(notification.pageId, notification.incidentId)]);
  if (!incident) return null;
  const context = incidentContext(data, toV2Components(data.tree, data.page.id));
  // A webhook sent after later updates were posted still announces its own: the list stops at
  // it (newest first), as receivers read incident_updates[0] as the news.
  const announced = incident.updates.findIndex((update) => update.id === notification.incidentUpdateId);
  const asOfUpdate = announced > 0 ? { ...incident, updates: incident.updates.slice(announced) } : incident;
  return {
    pageId: data.page.id,
    status: toV2Status(data),
    incident: incident.kind === "maintenance" ? toV2ScheduledMaintenance(asOfUpdate, context) : toV2Incident(asOfUpdate, context),
    documentationUrl: `${data.baseUrl}/api/v1/openapi.json`,
  };
}
