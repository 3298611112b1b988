import "server-only";
import { join } from "@prisma/client/runtime/client";
import { getDb } from "../../db";
import { inMonitorBatches } from "./in-monitor-batches";
import { hasRollup, insertRollups } from "./insert-rollups";
import { type AggregateRow, toRollupRow } from "./roll-up-hours";
import { DAY_MS } from "./rollup-maths";

// Daily roll-ups from the hourly ones, not from raw checks: a day's 1.4 million raw checks
// (1,000 monitors) would hold SQLite's one connection, and the event loop with it, for
// seconds, and raw checks may be pruned already. Counts and failures add up exactly, the mean
// is weighted by count (each hour's mean is rounded, so it is off by half a millisecond at most),
// the maximum is exact, and p95 is the largest hourly p95: an upper estimate, never below the truth.

/** Complete UTC days from `from` to before `before` (both day-aligned) with hourly roll-ups and no daily one. */
export async function listPendingDays(from: Date, before: Date): Promise<Date[]> {
  const db = getDb();
  const pending: Date[] = [];
  for (let day = from.getTime(); day < before.getTime(); day += DAY_MS) {
    const startsAt = new Date(day);
    const hours = await db.monitorRollup.findFirst({ where: { period: "hour", startsAt: { gte: startsAt, lt: new Date(day + DAY_MS) } }, select: { id: true } });
    if (hours && !(await hasRollup("day", startsAt))) pending.push(startsAt);
  }
  return pending;
}

export async function rollUpDay(startsAt: Date): Promise<number> {
  const endsAt = new Date(startsAt.getTime() + DAY_MS);
  // PostgreSQL sums bigints as numeric: cast back, so the division truncates as on SQLite.
  const rows = await inMonitorBatches((monitorIds) => getDb().$queryRaw<AggregateRow[]>`
    SELECT "monitorId",
      SUM("count") AS "count",
      SUM("failures") AS "failures",
      (2 * CAST(SUM("avgMs" * CAST("count" AS BIGINT)) AS BIGINT) + SUM("count")) / (2 * SUM("count")) AS "avgMs",
      MAX("p95Ms") AS "p95Ms",
      MAX("maxMs") AS "maxMs"
    FROM "MonitorRollup"
    WHERE "monitorId" IN (${join(monitorIds)}) AND "period" = 'hour' AND "startsAt" >= ${startsAt} AND "startsAt" < ${endsAt}
    GROUP BY "monitorId"`);
  await insertRollups("day", startsAt, rows.map(toRollupRow));
  return rows.length;
}
