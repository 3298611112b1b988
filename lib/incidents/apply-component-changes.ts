import "server-only";
import type { Tx } from "../db";
import type { Actor } from "../auth/actor";
import { changeComponentStatus, type StatusChange, type StatusSource } from "../components/change-component-status";
import type { ComponentStatus } from "../components/status";
import { NotFoundError } from "../errors";

export type ApplyComponentChanges = {
  pageId: string;
  incidentId: string;
  updateId: string;
  actor: Actor;
  source: Extract<StatusSource, "incident" | "maintenance" | "monitor">;
  // New statuses by component id.
  statuses: Record<string, ComponentStatus>;
  // Components the incident affects without a status change.
  affected?: readonly string[];
};

/** Throws NotFoundError naming the first id that is not a component of the page. */
export async function assertComponentsOfPage(tx: Tx, pageId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await tx.component.findMany({ where: { id: { in: [...ids] }, pageId }, select: { id: true } });
  const known = new Set(found.map((component) => component.id));
  const missing = ids.find((id) => !known.has(id));
  if (missing) throw new NotFoundError(`Component ${missing} not found`);
}

/**
 * Adds the components to the incident's affected set and applies an update's status changes:
 * each real change is recorded on the update (old -> new) and in the status log with the
 * update's id. A component already in the requested status is affected but not changed.
 */
export async function applyComponentChanges(tx: Tx, options: ApplyComponentChanges): Promise<StatusChange[]> {
  const { pageId, incidentId, updateId } = options;
  const ids = [...new Set([...Object.keys(options.statuses), ...(options.affected ?? [])])];
  if (ids.length === 0) return [];
  await assertComponentsOfPage(tx, pageId, ids);

  // Read first rather than createMany({ skipDuplicates }), which SQLite does not support.
  const existing = await tx.incidentComponent.findMany({
    where: { incidentId, componentId: { in: ids } },
    select: { componentId: true },
  });
  const known = new Set(existing.map((row) => row.componentId));
  const fresh = ids.filter((id) => !known.has(id));
  if (fresh.length > 0) await tx.incidentComponent.createMany({ data: fresh.map((componentId) => ({ incidentId, componentId })) });

  // Sorted so that concurrent writers lock component rows in one order (no deadlock on PostgreSQL).
  const requested = Object.entries(options.statuses).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const changes: StatusChange[] = [];
  for (const [componentId, status] of requested) {
    const change = await changeComponentStatus(tx, {
      pageId,
      componentId,
      status,
      source: options.source,
      actor: options.actor,
      incidentUpdateId: updateId,
    });
    if (change) changes.push(change);
  }
  if (changes.length > 0) {
    await tx.incidentUpdateComponentChange.createMany({ data: changes.map((change) => ({ updateId, ...change })) });
  }
  return changes;
}
