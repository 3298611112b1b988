import "server-only";
import type { Tx } from "../db";
import type { Actor } from "../auth/actor";
import { ConflictError, NotFoundError } from "../errors";
import { enqueueNotification } from "../notifications/outbox/enqueue-notification";
import type { ComponentStatus } from "./status";

// The one place a component's status is written, so that every change lands in the status
// log that uptime and history are derived from.

export type StatusSource = "manual" | "incident" | "maintenance" | "monitor" | "api";
export type StatusChange = { componentId: string; oldStatus: ComponentStatus; newStatus: ComponentStatus };

/** The source of a change made directly (not through an incident): tokens are the API. */
export function directStatusSource(actor: Actor): "api" | "manual" {
  return actor.kind === "token" ? "api" : "manual";
}

export type StatusLogEntry = {
  pageId: string;
  componentId: string;
  oldStatus: ComponentStatus | null;
  newStatus: ComponentStatus;
  source: StatusSource;
  actor: Actor;
  incidentUpdateId?: string;
};

/** Appends one row to the status log; returns its id. */
export async function logComponentStatus(tx: Tx, entry: StatusLogEntry): Promise<string> {
  const row = await tx.componentStatusLog.create({
    data: {
      pageId: entry.pageId,
      componentId: entry.componentId,
      oldStatus: entry.oldStatus,
      newStatus: entry.newStatus,
      source: entry.source,
      actorUserId: entry.actor.kind === "user" ? entry.actor.id : null,
      actorTokenId: entry.actor.kind === "token" ? entry.actor.id : null,
      incidentUpdateId: entry.incidentUpdateId ?? null,
      // Stamped after the compare-and-set, so log order follows the order the changes won.
      createdAt: new Date(),
    },
    select: { id: true },
  });
  return row.id;
}

export type ChangeComponentStatus = Omit<StatusLogEntry, "oldStatus" | "newStatus"> & { status: ComponentStatus };

/**
 * Sets a component's status and logs old -> new; null when it already had that status (not
 * logged). Compare-and-set: on PostgreSQL two writers may race, and each must log the status it
 * actually replaced, so a lost race re-reads and tries again.
 */
export async function changeComponentStatus(tx: Tx, change: ChangeComponentStatus): Promise<StatusChange | null> {
  const { pageId, componentId, status } = change;
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await tx.component.findFirst({ where: { id: componentId, pageId }, select: { status: true } });
    if (!current) throw new NotFoundError(`Component ${componentId} not found`);
    if (current.status === status) return null;
    const { count } = await tx.component.updateMany({
      where: { id: componentId, pageId, status: current.status },
      data: { status },
    });
    if (count === 1) {
      const logId = await logComponentStatus(tx, { ...change, oldStatus: current.status, newStatus: status });
      // In the change's own transaction: the webhook event exists exactly when the change does.
      await enqueueNotification(tx, { pageId, kind: "component_update", componentStatusLogId: logId });
      return { componentId, oldStatus: current.status, newStatus: status };
    }
  }
  throw new ConflictError(`The status of component ${componentId} keeps changing; try again`);
}
