import "server-only";
import { getDb } from "../db";

// A cheap summary of everything the public surfaces show. When it changes — through the
// dashboard, the API, the command line or another Beacon process sharing the database — the
// snapshot is rebuilt. Counts catch deletions; the latest timestamps catch edits.

export type ContentFingerprint = { structure: string; incidents: string; page: string; incidentCount: number };

type FingerprintRow = Record<"page" | `${"components" | "groups" | "incidents" | "updates" | "log"}${"" | "At"}`, unknown>;

// A count may come back as a bigint (PostgreSQL), a time as a Date or as SQLite's stored value:
// only whether they changed matters.
function stamp(count: unknown, at: unknown): string {
  return `${Number(count)}@${at instanceof Date ? at.toISOString() : String(at ?? "-")}`;
}

/**
 * One statement, so the keeper's poll (twice a second, in the process that renders) costs one
 * round trip and one prepared query, not six: measured, the six Prisma reads were most of an
 * idle Beacon's CPU time.
 */
export async function getContentFingerprint(pageId: string): Promise<ContentFingerprint> {
  const [row] = await getDb().$queryRaw<FingerprintRow[]>`
    SELECT
      (SELECT "updatedAt" FROM "Page" WHERE "id" = ${pageId}) AS "page",
      c."n" AS "components", c."at" AS "componentsAt",
      g."n" AS "groups", g."at" AS "groupsAt",
      i."n" AS "incidents", i."at" AS "incidentsAt",
      u."n" AS "updates", u."at" AS "updatesAt",
      l."n" AS "log", l."at" AS "logAt"
    FROM (SELECT COUNT(*) AS "n", MAX("updatedAt") AS "at" FROM "Component" WHERE "pageId" = ${pageId}) c
    CROSS JOIN (SELECT COUNT(*) AS "n", MAX("updatedAt") AS "at" FROM "ComponentGroup" WHERE "pageId" = ${pageId}) g
    CROSS JOIN (SELECT COUNT(*) AS "n", MAX("updatedAt") AS "at" FROM "Incident" WHERE "pageId" = ${pageId}) i
    CROSS JOIN (
      SELECT COUNT(*) AS "n", MAX(u."updatedAt") AS "at"
      FROM "IncidentUpdate" u JOIN "Incident" x ON x."id" = u."incidentId"
      WHERE x."pageId" = ${pageId}
    ) u
    CROSS JOIN (SELECT COUNT(*) AS "n", MAX("createdAt") AS "at" FROM "ComponentStatusLog" WHERE "pageId" = ${pageId}) l`;
  if (!row) throw new Error("the content fingerprint query returned no row");
  return {
    page: row.page === null || row.page === undefined ? "-" : stamp(1, row.page),
    structure: [stamp(row.components, row.componentsAt), stamp(row.groups, row.groupsAt), stamp(row.log, row.logAt)].join("|"),
    incidentCount: Number(row.incidents),
    incidents: [stamp(row.incidents, row.incidentsAt), stamp(row.updates, row.updatesAt)].join("|"),
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
