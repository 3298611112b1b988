import "server-only";
import { getDb } from "../db";
import { HISTORY_FLOOR } from "./history-window";

// A cheap summary of everything the public surfaces show. When it changes — through the
// dashboard, the API, the command line or another Beacon process sharing the database — the
// snapshot is rebuilt. Counts catch deletions; the latest timestamps catch edits.

export type ContentFingerprint = { structure: string; incidents: string; page: string };

export async function getContentFingerprint(pageId: string): Promise<ContentFingerprint> {
  const db = getDb();
  const [page, components, groups, incidents, updates, log] = await Promise.all([
    db.page.findUnique({ where: { id: pageId }, select: { updatedAt: true } }),
    db.component.aggregate({ where: { pageId }, _count: { _all: true }, _max: { updatedAt: true } }),
    db.componentGroup.aggregate({ where: { pageId }, _count: { _all: true }, _max: { updatedAt: true } }),
    db.incident.aggregate({ where: { pageId }, _count: { _all: true }, _max: { updatedAt: true } }),
    db.incidentUpdate.aggregate({
      where: { incident: { pageId } },
      _count: { _all: true },
      _max: { updatedAt: true },
    }),
    db.componentStatusLog.aggregate({ where: { pageId }, _count: { _all: true }, _max: { createdAt: true } }),
  ]);
  const stamp = (count: number, at: Date | null | undefined) => `${count}@${at?.toISOString() ?? "-"}`;
  return {
    page: page?.updatedAt.toISOString() ?? "-",
    structure: [
      stamp(components._count._all, components._max.updatedAt),
      stamp(groups._count._all, groups._max.updatedAt),
      stamp(log._count._all, log._max.createdAt),
    ].join("|"),
    incidents: [stamp(incidents._count._all, incidents._max.updatedAt), stamp(updates._count._all, updates._max.updatedAt)].join("|"),
  };
}

const closedStatuses = ["resolved", "postmortem", "completed"] as const;

export type IncidentIds = {
  all: string[];
  changed: string[];
  open: string[];
  startedAt: Map<string, Date>;
  // The oldest start a history page lists (rows before HISTORY_FLOOR are left out).
  oldest: Date | null;
};

/**
 * Ids of the page's incidents: all of them, those changed since `since` (themselves or their
 * updates; all when no `since`), and the open ones, whose pages show a running duration.
 */
export async function listIncidentIds(pageId: string, since?: Date): Promise<IncidentIds> {
  const db = getDb();
  const [all, changed] = await Promise.all([
    db.incident.findMany({ where: { pageId }, select: { id: true, status: true, startedAt: true } }),
    since
      ? db.incident.findMany({
          where: { pageId, OR: [{ updatedAt: { gte: since } }, { updates: { some: { updatedAt: { gte: since } } } }] },
          select: { id: true },
        })
      : Promise.resolve(null),
  ]);
  const ids = all.map(({ id }) => id);
  const open = all
    .filter(({ status }) => !(closedStatuses as readonly string[]).includes(status))
    .map(({ id }) => id);
  const oldest = all.reduce<Date | null>(
    (min, { startedAt }) => (startedAt < HISTORY_FLOOR || (min && min <= startedAt) ? min : startedAt),
    null,
  );
  const startedAt = new Map(all.map((incident) => [incident.id, incident.startedAt]));
  return { all: ids, changed: changed ? changed.map(({ id }) => id) : ids, open, startedAt, oldest };
}
