import "server-only";
import type { Db, Tx } from "../db";
import { type Actor, actorLabel } from "../auth/actor";

export type AuditEntry = {
  pageId: string;
  actor: Actor;
  action: string;
  targetType: string;
  targetId?: string;
  // Never secrets or subscriber addresses: the audit log is readable by every admin.
  details?: Record<string, unknown>;
};

/** Writes an audit row inside the caller's transaction, so the change and its record land together. */
export async function recordAudit(tx: Tx | Db, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      pageId: entry.pageId,
      actorUserId: entry.actor.kind === "user" ? entry.actor.id : null,
      actorTokenId: entry.actor.kind === "token" ? entry.actor.id : null,
      actorLabel: actorLabel(entry.actor),
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      details: entry.details ? JSON.stringify(entry.details) : null,
    },
  });
}
