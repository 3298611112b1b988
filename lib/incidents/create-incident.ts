import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import { impactOf } from "./lifecycle";
import { type IncidentUpdateResult, recordIncidentUpdate } from "./record-incident-update";
import { type CreateIncidentInput, createIncidentInput } from "./schemas";

/**
 * Opens an incident with its first update, its affected components and their new statuses,
 * in one transaction (Statuspage's "create incident"). The impact defaults to that of the
 * worst status it sets.
 */
export async function createIncident(actor: Actor, input: CreateIncidentInput): Promise<IncidentUpdateResult> {
  authorize(actor, "incidents:write");
  const data = parseInput(createIncidentInput, input);
  const { id: pageId } = await ensurePage();
  const now = new Date();
  return getDb().$transaction(async (tx) => {
    const incident = await tx.incident.create({
      data: {
        pageId,
        kind: "incident",
        name: data.name,
        status: data.status,
        impact: data.impact ?? impactOf(Object.values(data.components)),
        startedAt: data.startedAt ? new Date(data.startedAt) : now,
        createdAt: now,
      },
      select: { id: true, pageId: true, kind: true, status: true, monitoringAt: true, resolvedAt: true },
    });
    const result = await recordIncidentUpdate(tx, {
      incident,
      actor,
      status: data.status,
      body: data.body,
      deliverNotifications: data.deliver_notifications,
      components: data.components,
      componentIds: data.componentIds,
      now,
    });
    await recordAudit(tx, {
      pageId,
      actor,
      action: "incident.create",
      targetType: "incident",
      targetId: incident.id,
      details: { name: data.name, status: data.status, updateId: result.updateId, componentChanges: result.componentChanges },
    });
    return { incidentId: result.incidentId, updateId: result.updateId, deliverNotifications: result.deliverNotifications };
  });
}
