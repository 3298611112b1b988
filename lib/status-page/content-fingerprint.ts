import "server-only";
import { getDb } from "../db";

// A cheap summary of everything the public surfaces show. When it changes — through the
// dashboard, the API, the command line or another Beacon process sharing the database — the
// snapshot is rebuilt. Counts catch deletions; the latest timestamps catch edits.

export type ContentFingerprint = { structure: string; incidents: string; page: string; incidentCount: number };

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
    incidentCount: incidents._count._all,
    incidents: [stamp(incidents._count._all, incidents._max.updatedAt), stamp(updates._count._all, updates._max.updatedAt)].join("|"),
  };
}

const MAX_IDS = 5_000;

export type IncidentRow = { id: string; status: string; startedAt: Date };

/**
 * The page's incidents (id, status, start): all of them, or those changed since `since`
 * (themselves or their updates). The changed ones are found with two flat reads: a correlated
 * "has an update changed since" over ten thousand incidents took 60–85 ms on SQLite, whose
 * driver runs on the serving thread; these take about 13 ms.
 */
export async function listIncidentRows(pageId: string, since?: Date): Promise<IncidentRow[]> {
  const db = getDb();
  const select = { id: true, status: true, startedAt: true } as const;
  if (!since) return db.incident.findMany({ where: { pageId }, select });
  // Any page's updates: the incident read below keeps this page's (a join here cost 20 ms).
  const touched = await db.incidentUpdate.findMany({ where: { updatedAt: { gte: since } }, select: { incidentId: true } });
  const ids = [...new Set(touched.map(({ incidentId }) => incidentId))];
  // A bulk change (an import): every incident, rather than a list of ids past the drivers' limits.
  if (ids.length > MAX_IDS) return db.incident.findMany({ where: { pageId }, select });
  return db.incident.findMany({ where: { pageId, OR: [{ updatedAt: { gte: since } }, { id: { in: ids } }] }, select });
}
