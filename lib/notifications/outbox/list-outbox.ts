import "server-only";
import { z } from "zod";
import { type Actor, authorize } from "../../auth/actor";
import { getDb } from "../../db";
import { parseInput } from "../../validation";
import { countDeliveries, type DeliveryCounts, emptyDeliveryCounts } from "./delivery-counts";
import type { NotificationKind } from "./enqueue-notification";

// The dashboard's outbox: what Beacon has to tell subscribers, newest first, and how each
// notification's deliveries (email, webhook) fared. Owners and admins only, like the subscribers it leads to.

export type OutboxEntry = {
  id: string;
  kind: NotificationKind;
  createdAt: Date;
  /** null while the worker has not yet made one delivery per subscriber. */
  fannedOutAt: Date | null;
  incident: { id: string; name: string } | null;
  /** The status the update announced, for incident_update. */
  updateStatus: string | null;
  /** The status change announced, for component_update (null once the component is deleted). */
  componentChange: { componentId: string; name: string; oldStatus: string | null; newStatus: string } | null;
  counts: DeliveryCounts;
};

export type OutboxPage = { entries: OutboxEntry[]; older: string | null };

const entrySelect = {
  id: true,
  kind: true,
  createdAt: true,
  fannedOutAt: true,
  incident: { select: { id: true, name: true } },
  incidentUpdate: { select: { status: true } },
  componentStatusLog: { select: { componentId: true, oldStatus: true, newStatus: true, component: { select: { name: true } } } },
} as const;

type StatusLogRow = { componentId: string; oldStatus: string | null; newStatus: string; component: { name: string } };
type Row = {
  id: string;
  kind: NotificationKind;
  createdAt: Date;
  fannedOutAt: Date | null;
  incident: { id: string; name: string } | null;
  incidentUpdate: { status: string } | null;
  componentStatusLog: StatusLogRow | null;
};

function toEntry({ incidentUpdate, componentStatusLog: log, ...row }: Row, counts: Map<string, DeliveryCounts>): OutboxEntry {
  const componentChange = log ? { componentId: log.componentId, name: log.component.name, oldStatus: log.oldStatus, newStatus: log.newStatus } : null;
  return { ...row, updateStatus: incidentUpdate?.status ?? null, componentChange, counts: counts.get(row.id) ?? emptyDeliveryCounts() };
}

const id = z.string().trim().min(1, "must not be empty").max(100);

export const listOutboxInput = z.object({
  pageId: id,
  limit: z.number().int().min(1).max(200).default(50),
  // The id of the last entry already shown; the page continues with older ones.
  before: id.optional(),
});

/** Newest first; null when `before` names no notification of this page. */
export async function listOutbox(actor: Actor, input: z.input<typeof listOutboxInput>): Promise<OutboxPage | null> {
  authorize(actor, "subscribers:manage");
  const { pageId, limit, before } = parseInput(listOutboxInput, input);
  const db = getDb();
  let olderThan = {};
  if (before) {
    const cursor = await db.notification.findFirst({ where: { id: before, pageId }, select: { id: true, createdAt: true } });
    if (!cursor) return null;
    olderThan = { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] };
  }
  const rows = await db.notification.findMany({
    where: { pageId, ...olderThan },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: entrySelect,
  });
  const shown = rows.slice(0, limit);
  const counts = await countDeliveries({ notificationId: { in: shown.map((row) => row.id) } });
  const entries = shown.map((row) => toEntry(row, counts));
  return { entries, older: rows.length > limit ? (entries.at(-1)?.id ?? null) : null };
}

export const getOutboxEntryInput = z.object({ pageId: id, id });

export async function getOutboxEntry(actor: Actor, input: z.input<typeof getOutboxEntryInput>): Promise<OutboxEntry | null> {
  authorize(actor, "subscribers:manage");
  const { pageId, id: notificationId } = parseInput(getOutboxEntryInput, input);
  const row = await getDb().notification.findFirst({ where: { id: notificationId, pageId }, select: entrySelect });
  if (!row) return null;
  return toEntry(row, await countDeliveries({ notificationId: { in: [row.id] } }));
}
