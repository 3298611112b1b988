import "server-only";
import type { Tx } from "../db";
import type { Actor } from "../auth/actor";
import type { StatusChange, StatusSource } from "../components/change-component-status";
import type { ComponentStatus } from "../components/status";
import { NotFoundError } from "../errors";
import { enqueueNotification } from "../notifications/outbox/enqueue-notification";
import { applyComponentChanges } from "./apply-component-changes";
import type { IncidentKind, IncidentStatus } from "./incident-record";
import { assertStatusFitsKind, nextTimestamps } from "./lifecycle";

export type IncidentUpdateResult = { incidentId: string; updateId: string; deliverNotifications: boolean };

export type IncidentState = {
  id: string;
  pageId: string;
  kind: IncidentKind;
  status: IncidentStatus;
  monitoringAt: Date | null;
  resolvedAt: Date | null;
};

/**
 * Locks the incident (a write to its row) and reads it as an update needs it, only when it
 * belongs to the page. The lock queues concurrent updates of one incident on PostgreSQL, so each
 * computes its timestamps and affected set from what the previous one committed.
 */
export async function lockIncident(tx: Tx, pageId: string, id: string): Promise<IncidentState> {
  const { count } = await tx.incident.updateMany({ where: { id, pageId }, data: { updatedAt: new Date() } });
  if (count === 0) throw new NotFoundError(`Incident ${id} not found`);
  return tx.incident.findFirstOrThrow({
    where: { id, pageId },
    select: { id: true, pageId: true, kind: true, status: true, monitoringAt: true, resolvedAt: true },
  });
}

export type RecordIncidentUpdate = {
  incident: IncidentState;
  actor: Actor;
  status: IncidentStatus;
  body: string;
  displayAt?: Date;
  deliverNotifications: boolean;
  components?: Record<string, ComponentStatus>;
  componentIds?: readonly string[];
  now?: Date;
  /** For the status log: the incident's kind, unless a monitor made the change. */
  source?: Extract<StatusSource, "monitor">;
};

/**
 * The one place an incident update is written: the update row, its component changes, and the
 * incident's status, timestamps and updatedAt, and (when subscribers are to hear of it) the
 * notification outbox row, all in the caller's transaction: they commit together or not at all.
 */
export async function recordIncidentUpdate(
  tx: Tx,
  options: RecordIncidentUpdate,
): Promise<IncidentUpdateResult & { componentChanges: StatusChange[] }> {
  const { incident, actor, status } = options;
  assertStatusFitsKind(incident.kind, status);
  const now = options.now ?? new Date();
  const update = await tx.incidentUpdate.create({
    data: {
      incidentId: incident.id,
      status,
      body: options.body,
      displayAt: options.displayAt ?? now,
      deliverNotifications: options.deliverNotifications,
      createdById: actor.kind === "user" ? actor.id : null,
      createdByTokenId: actor.kind === "token" ? actor.id : null,
      createdAt: now,
    },
    select: { id: true },
  });
  const componentChanges = await applyComponentChanges(tx, {
    pageId: incident.pageId,
    incidentId: incident.id,
    updateId: update.id,
    actor,
    source: options.source ?? incident.kind,
    statuses: options.components ?? {},
    affected: options.componentIds,
  });
  await tx.incident.update({
    where: { id: incident.id, pageId: incident.pageId },
    data: { status, ...nextTimestamps(incident, status, now), updatedAt: now },
  });
  if (options.deliverNotifications) {
    await enqueueNotification(tx, {
      pageId: incident.pageId,
      kind: "incident_update",
      incidentId: incident.id,
      incidentUpdateId: update.id,
    });
  }
  return { incidentId: incident.id, updateId: update.id, deliverNotifications: options.deliverNotifications, componentChanges };
}
