import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import { type IncidentUpdateResult, recordIncidentUpdate } from "./record-incident-update";
import { type ScheduleMaintenanceInput, scheduleMaintenanceInput } from "./schemas";

/**
 * Announces a maintenance window. Components keep their status until it starts (by the
 * scheduler with autoStart, see advance-maintenance.ts, or by an "in_progress" update).
 */
export async function scheduleMaintenance(actor: Actor, input: ScheduleMaintenanceInput): Promise<IncidentUpdateResult> {
  authorize(actor, "incidents:write");
  const data = parseInput(scheduleMaintenanceInput, input);
  const { id: pageId } = await ensurePage();
  const scheduledFor = new Date(data.scheduledFor);
  const scheduledUntil = new Date(data.scheduledUntil);
  return getDb().$transaction(async (tx) => {
    const incident = await tx.incident.create({
      data: {
        pageId,
        kind: "maintenance",
        name: data.name,
        status: "scheduled",
        impact: "maintenance",
        startedAt: scheduledFor,
        scheduledFor,
        scheduledUntil,
        autoStart: data.autoStart,
        autoComplete: data.autoComplete,
      },
      select: { id: true, pageId: true, kind: true, status: true, monitoringAt: true, resolvedAt: true },
    });
    const result = await recordIncidentUpdate(tx, {
      incident,
      actor,
      status: "scheduled",
      body: data.body,
      deliverNotifications: data.deliver_notifications,
      componentIds: data.componentIds,
    });
    await recordAudit(tx, {
      pageId,
      actor,
      action: "maintenance.schedule",
      targetType: "incident",
      targetId: incident.id,
      details: { name: data.name, scheduledFor: data.scheduledFor, scheduledUntil: data.scheduledUntil, componentIds: data.componentIds },
    });
    return { incidentId: result.incidentId, updateId: result.updateId, deliverNotifications: result.deliverNotifications };
  });
}
