import "server-only";
import { join } from "@prisma/client/runtime/client";
import { getDb } from "../../db";
import { inMonitorBatches } from "./in-monitor-batches";
import { hasRollup, insertRollups, type RollupRow } from "./insert-rollups";
import { floorTo, HOUR_MS } from "./rollup-maths";

// Hourly roll-ups from the raw checks, one hour (every monitor) at a time. The sums are done in
// SQL, so a thousand monitors' 60,000 checks an hour never come to JS (see in-monitor-batches.ts). p95 is the nearest rank
// by a window function, which SQLite and PostgreSQL compute alike; the bounds are plain
// timestamps compared as Prisma does, so no database-specific date maths is needed.

export type AggregateRow = { monitorId: string; count: bigint | number; failures: bigint | number; avgMs: bigint | number; p95Ms: bigint | number | null; maxMs: bigint | number };

/** The hours before `before` (hour-aligned) that have raw checks but no roll-up, oldest first. */
export async function listPendingHours(before: Date): Promise<Date[]> {
  const db = getDb();
  const pending: Date[] = [];
  let from: Date | undefined;
  // Jumps from one check to the next hour with checks (the checkedAt index), skipping gaps.
  for (;;) {
    const next = await db.monitorCheck.findFirst({ where: { checkedAt: { gte: from, lt: before } }, orderBy: { checkedAt: "asc" }, select: { checkedAt: true } });
    if (!next) return pending;
    const hour = floorTo(next.checkedAt, HOUR_MS);
    if (!(await hasRollup("hour", hour))) pending.push(hour);
    from = new Date(hour.getTime() + HOUR_MS);
  }
}

export async function rollUpHour(startsAt: Date): Promise<number> {
  const endsAt = new Date(startsAt.getTime() + HOUR_MS);
  // Failures are degraded and down checks alike: neither counts as up time (monitor-state.ts).
  // The mean rounds half up in integers, and ceil(0.95 n) is (95 n + 99) / 100, as in rollup-maths.ts.
  const rows = await inMonitorBatches((monitorIds) => getDb().$queryRaw<AggregateRow[]>`
    WITH "ranked" AS (
      SELECT "monitorId", "outcome", "totalMs",
        ROW_NUMBER() OVER (PARTITION BY "monitorId" ORDER BY "totalMs") AS "position",
        COUNT(*) OVER (PARTITION BY "monitorId") AS "size"
      FROM "MonitorCheck"
      WHERE "monitorId" IN (${join(monitorIds)}) AND "checkedAt" >= ${startsAt} AND "checkedAt" < ${endsAt}
    )
    SELECT "monitorId",
      COUNT(*) AS "count",
      SUM(CASE WHEN "outcome" = 'up' THEN 0 ELSE 1 END) AS "failures",
      (2 * SUM("totalMs") + COUNT(*)) / (2 * COUNT(*)) AS "avgMs",
      MAX(CASE WHEN "position" = (95 * "size" + 99) / 100 THEN "totalMs" END) AS "p95Ms",
      MAX("totalMs") AS "maxMs"
    FROM "ranked"
    GROUP BY "monitorId"`);
  await insertRollups("hour", startsAt, rows.map(toRollupRow));
  return rows.length;
}

export function toRollupRow(row: AggregateRow): RollupRow {
  return {
    monitorId: row.monitorId,
    count: Number(row.count),
    failures: Number(row.failures),
    avgMs: Number(row.avgMs),
    p95Ms: Number(row.p95Ms ?? row.maxMs),
    maxMs: Number(row.maxMs),
  };
}
