import "server-only";
import { z } from "zod";
import { type Actor, authorize } from "../auth/actor";
import { getDb } from "../db";
import { parseInput } from "../validation";

export type AuditLogEntry = {
  id: string;
  createdAt: Date;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  /** The stored JSON, parsed; null when there is none (or it is unreadable). */
  details: unknown;
};

export type AuditLogPage = {
  entries: AuditLogEntry[];
  /** The `before` cursor of the next, older page; null on the last page. */
  older: string | null;
};

export const listAuditLogInput = z.object({
  pageId: z.string().trim().min(1, "must not be empty").max(100),
  limit: z.number().int().min(1).max(200).default(50),
  // The id of the last entry already shown; the page continues with the ones before it.
  before: z.string().trim().min(1).max(100).optional(),
});

export type ListAuditLogInput = z.input<typeof listAuditLogInput>;

function parseDetails(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/**
 * The page's audit log, newest first, `limit` entries at a time. Returns null when `before`
 * names no entry of this page. Entries written in the same millisecond are ordered by id, so
 * paging never skips or repeats one.
 */
export async function listAuditLog(actor: Actor, input: ListAuditLogInput): Promise<AuditLogPage | null> {
  authorize(actor, "settings:write");
  const { pageId, limit, before } = parseInput(listAuditLogInput, input);
  const db = getDb();
  let olderThan = {};
  if (before) {
    const cursor = await db.auditLog.findUnique({ where: { id: before, pageId }, select: { id: true, createdAt: true } });
    if (!cursor) return null;
    olderThan = { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] };
  }
  const rows = await db.auditLog.findMany({
    where: { pageId, ...olderThan },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: { id: true, createdAt: true, actorLabel: true, action: true, targetType: true, targetId: true, details: true },
  });
  const entries = rows.slice(0, limit).map((row) => ({ ...row, details: parseDetails(row.details) }));
  return { entries, older: rows.length > limit ? (entries.at(-1)?.id ?? null) : null };
}
