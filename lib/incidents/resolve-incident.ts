import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import type { ComponentStatus } from "../components/status";
import { getDb } from "../db";
import { ValidationError } from "../errors";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import { lockIncident, type IncidentUpdateResult, recordIncidentUpdate } from "./record-incident-update";
import { type ResolveIncidentInput, resolveIncidentInput } from "./schemas";

/**
 * Posts a "resolved" update. With restoreComponents, every affected component that is not
 * operational goes back to operational as part of that update, except those under maintenance:
 * a maintenance, not this incident, put them there and will take them out.
 */
export async function resolveIncident(actor: Actor, input: ResolveIncidentInput): Promise<IncidentUpdateResult> {
  authorize(actor, "incidents:write");
  const data = parseInput(resolveIncidentInput, input);
  const { id: pageId } = await ensurePage();
  return getDb().$transaction(async (tx) => {
    const incident = await lockIncident(tx, pageId, data.incidentId);
    if (incident.kind !== "incident") {
      const message = "is maintenance, which is completed rather than resolved";
      throw new ValidationError(`incidentId ${message}`, { incidentId: message });
    }
    const components: Record<string, ComponentStatus> = {};
    if (data.restoreComponents) {
      const affected = await tx.component.findMany({
        where: { pageId, incidents: { some: { incidentId: incident.id } }, status: { notIn: ["operational", "under_maintenance"] } },
        select: { id: true },
      });
      for (const { id } of affected) components[id] = "operational";
    }
    const result = await recordIncidentUpdate(tx, {
      incident,
      actor,
      status: "resolved",
      body: data.body,
      deliverNotifications: data.deliver_notifications,
      components,
    });
    await recordAudit(tx, {
      pageId,
      actor,
      action: "incident.resolve",
      targetType: "incident",
      targetId: incident.id,
      details: { updateId: result.updateId, from: incident.status, componentChanges: result.componentChanges },
    });
    return { incidentId: result.incidentId, updateId: result.updateId, deliverNotifications: result.deliverNotifications };
  });
}
