import "server-only";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import type { ComponentStatus } from "../components/status";
import { getDb, type Tx } from "../db";
import { log } from "../log";
import type { IncidentStatus } from "./incident-record";
import { lockIncident, type IncidentUpdateResult, recordIncidentUpdate } from "./record-incident-update";

// Run by the scheduler on its own authority, not on a caller's behalf, so it takes no actor.
export const schedulerActor: Actor = { kind: "system", label: "scheduler" };

export const MAINTENANCE_STARTED = "Maintenance has started.";
export const MAINTENANCE_COMPLETED = "Maintenance has completed.";

export type AdvanceMaintenanceResult = {
  started: IncidentUpdateResult[];
  completed: IncidentUpdateResult[];
  failed: { incidentId: string; message: string }[];
};

const ACTIVE: IncidentStatus[] = ["in_progress", "verifying"];

type Target = { id: string; pageId: string };
type Step = (tx: Tx, target: Target) => Promise<IncidentUpdateResult | null>;

/**
 * Starts scheduled maintenance whose window has begun by `now` and completes maintenance whose
 * window has ended (each only when its autoStart / autoComplete is set); the updates are dated
 * when they are written. Each step first claims the maintenance with a conditional status
 * change and goes on only if it won, so overlapping runs (two instances, a retry) post each
 * update once.
 */
export async function advanceMaintenance(now: Date = new Date()): Promise<AdvanceMaintenanceResult> {
  const db = getDb();
  const result: AdvanceMaintenanceResult = { started: [], completed: [], failed: [] };
  const run = async (target: Target, step: Step, done: IncidentUpdateResult[]) => {
    try {
      const update = await db.$transaction((tx) => step(tx, target));
      if (update) done.push(update);
    } catch (error) {
      // One broken maintenance must not hold up the others; it is tried again next run.
      const message = error instanceof Error ? error.message : String(error);
      log.error("maintenance step failed", { incidentId: target.id, error: message });
      result.failed.push({ incidentId: target.id, message });
    }
  };

  const due = await db.incident.findMany({
    where: { kind: "maintenance", status: "scheduled", autoStart: true, scheduledFor: { lte: now } },
    orderBy: { scheduledFor: "asc" },
    select: { id: true, pageId: true },
  });
  for (const target of due) await run(target, startMaintenance, result.started);

  // Read after starting, so a window that has already passed starts and completes in one run.
  const ended = await db.incident.findMany({
    where: { kind: "maintenance", status: { in: ACTIVE }, autoComplete: true, scheduledUntil: { lte: now } },
    orderBy: { scheduledUntil: "asc" },
    select: { id: true, pageId: true },
  });
  for (const target of ended) await run(target, completeMaintenance, result.completed);
  return result;
}

/** Whether subscribers hear of the automatic updates: as the announcement chose. */
async function announcedWithNotifications(tx: Tx, incidentId: string): Promise<boolean> {
  const first = await tx.incidentUpdate.findFirst({
    where: { incidentId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { deliverNotifications: true },
  });
  return first?.deliverNotifications ?? true;
}

async function startMaintenance(tx: Tx, { id, pageId }: Target): Promise<IncidentUpdateResult | null> {
  const claim = await tx.incident.updateMany({
    where: { id, pageId, kind: "maintenance", status: "scheduled", autoStart: true },
    data: { status: "in_progress" },
  });
  if (claim.count !== 1) return null;
  const incident = await lockIncident(tx, pageId, id);
  const affected = await tx.incidentComponent.findMany({ where: { incidentId: id }, select: { componentId: true } });
  const components = Object.fromEntries(affected.map((row) => [row.componentId, "under_maintenance" as const]));
  const update = await recordIncidentUpdate(tx, {
    incident,
    actor: schedulerActor,
    status: "in_progress",
    body: MAINTENANCE_STARTED,
    deliverNotifications: await announcedWithNotifications(tx, id),
    components,
  });
  await recordAudit(tx, { pageId, actor: schedulerActor, action: "maintenance.start", targetType: "incident", targetId: id });
  return { incidentId: id, updateId: update.updateId, deliverNotifications: update.deliverNotifications };
}

async function completeMaintenance(tx: Tx, { id, pageId }: Target): Promise<IncidentUpdateResult | null> {
  const claim = await tx.incident.updateMany({
    where: { id, pageId, kind: "maintenance", status: { in: ACTIVE }, autoComplete: true },
    data: { status: "completed" },
  });
  if (claim.count !== 1) return null;
  const incident = await lockIncident(tx, pageId, id);
  const update = await recordIncidentUpdate(tx, {
    incident,
    actor: schedulerActor,
    status: "completed",
    body: MAINTENANCE_COMPLETED,
    deliverNotifications: await announcedWithNotifications(tx, id),
    components: await restoreTargets(tx, pageId, id),
  });
  await recordAudit(tx, { pageId, actor: schedulerActor, action: "maintenance.complete", targetType: "incident", targetId: id });
  return { incidentId: id, updateId: update.updateId, deliverNotifications: update.deliverNotifications };
}

/**
 * What each affected component goes back to: the status it had before this maintenance put it
 * under maintenance (operational if unknown). A component no longer under maintenance was
 * changed since (an incident's outage, a hand edit) and is left alone, as is one that another
 * maintenance still in progress holds.
 */
async function restoreTargets(tx: Tx, pageId: string, id: string): Promise<Record<string, ComponentStatus>> {
  const components = await tx.component.findMany({
    where: {
      pageId,
      incidents: { some: { incidentId: id } },
      status: "under_maintenance",
      NOT: { incidents: { some: { incidentId: { not: id }, incident: { kind: "maintenance", status: { in: ACTIVE } } } } },
    },
    select: { id: true },
  });
  const before = await tx.incidentUpdateComponentChange.findMany({
    where: { update: { incidentId: id, status: "in_progress" }, componentId: { in: components.map((c) => c.id) } },
    orderBy: [{ update: { createdAt: "asc" } }, { id: "asc" }],
    select: { componentId: true, oldStatus: true },
  });
  const targets: Record<string, ComponentStatus> = {};
  for (const { id: componentId } of components) {
    const first = before.find((change) => change.componentId === componentId);
    targets[componentId] = first && first.oldStatus !== "under_maintenance" ? first.oldStatus : "operational";
  }
  return targets;
}
