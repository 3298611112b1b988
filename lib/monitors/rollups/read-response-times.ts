import "server-only";
import { getDb } from "../../db";
import { recentQuarters } from "./recent-quarters";
import { type Bucket, bucketChecks, DAY_MS, floorTo, HOUR_MS, mergeBuckets, QUARTER_MS, type RawCheck, summariseBuckets } from "./rollup-maths";

// A monitor's response times for its chart, from the finest data each range still has. 24 h
// comes from the raw checks in 15-minute buckets (kept between renders, recent-quarters.ts):
// 96 points show a short slow spell that hourly points would smooth away, and each holds 15
// checks at the default interval, enough for a p95. Every range's p95 is estimated from them.
// 7 days are hourly roll-ups, 30 and 90 days daily ones; the hours and days not rolled up yet
// (the last hour or two, today) are filled in from what is newer, so a chart never ends early.
// Only buckets with checks are listed: a gap in the chart is time without checks.

export type ResponseTimeRange = "24h" | "7d" | "30d" | "90d";
export type ResponseTimeBucket = { startsAt: Date; count: number; failures: number; avgMs: number; p95Ms: number };
export type ResponseTimeSummary = {
  avgMs: number | null;
  /** Estimated from the buckets' own p95s (see summariseBuckets). */
  p95Ms: number | null;
  slowestHour: { startsAt: Date; avgMs: number } | null;
  /** Up checks as a share of all checks; degraded ones count as failed. Null without checks. */
  uptimePercent: number | null;
  checks: number;
};
export type ResponseTimes = { range: ResponseTimeRange; bucketMs: number; buckets: ResponseTimeBucket[]; summary: ResponseTimeSummary };

const bucketFields = { startsAt: true, count: true, failures: true, avgMs: true, p95Ms: true, maxMs: true } as const;
const DAYS: Record<"30d" | "90d", number> = { "30d": 30, "90d": 90 };

function rawChecks(monitorId: string, from: Date, now: Date): Promise<RawCheck[]> {
  return getDb().monitorCheck.findMany({ where: { monitorId, checkedAt: { gte: from, lte: now } }, orderBy: { checkedAt: "asc" }, select: { checkedAt: true, outcome: true, totalMs: true } });
}

/** Hourly roll-ups from `from`, then the raw checks of the hours after the last one, by hour. */
async function hourlySeries(monitorId: string, from: Date, now: Date): Promise<Bucket[]> {
  const rolled = await getDb().monitorRollup.findMany({ where: { monitorId, period: "hour", startsAt: { gte: from, lte: now } }, orderBy: { startsAt: "asc" }, select: bucketFields });
  const last = rolled.at(-1);
  const rawFrom = last ? new Date(last.startsAt.getTime() + HOUR_MS) : from;
  return [...rolled, ...bucketChecks(await rawChecks(monitorId, rawFrom, now), HOUR_MS)];
}

// The first of the slowest, so ties go to the earlier hour.
function slowest(hours: readonly Pick<Bucket, "startsAt" | "avgMs">[]): ResponseTimeSummary["slowestHour"] {
  let found: Pick<Bucket, "startsAt" | "avgMs"> | null = null;
  for (const hour of hours) if (!found || hour.avgMs > found.avgMs) found = hour;
  return found && { startsAt: found.startsAt, avgMs: found.avgMs };
}

function answer(range: ResponseTimeRange, bucketMs: number, buckets: Bucket[], summary: Partial<ResponseTimeSummary>): ResponseTimes {
  const plain = buckets.map(({ startsAt, count, failures, avgMs, p95Ms }) => ({ startsAt, count, failures, avgMs, p95Ms }));
  return { range, bucketMs, buckets: plain, summary: { ...summariseBuckets(buckets), slowestHour: null, ...summary } };
}

/** Null when there is no such monitor. Whether the chart may be shown (showChart) is the caller's call. */
export async function listResponseTimes(monitorId: string, range: ResponseTimeRange, now = new Date()): Promise<ResponseTimes | null> {
  const db = getDb();
  if (!(await db.monitor.findUnique({ where: { id: monitorId }, select: { id: true } }))) return null;
  const thisHour = floorTo(now, HOUR_MS).getTime();

  if (range === "24h") {
    const quarters = await recentQuarters(monitorId, new Date(thisHour - 23 * HOUR_MS), now);
    return answer(range, QUARTER_MS, quarters, { slowestHour: slowest(mergeBuckets(quarters, HOUR_MS)) });
  }
  if (range === "7d") {
    const hours = await hourlySeries(monitorId, new Date(thisHour - (7 * 24 - 1) * HOUR_MS), now);
    return answer(range, HOUR_MS, hours, { slowestHour: slowest(hours) });
  }

  const from = new Date(floorTo(now, DAY_MS).getTime() - (DAYS[range] - 1) * DAY_MS);
  const days = await db.monitorRollup.findMany({ where: { monitorId, period: "day", startsAt: { gte: from, lte: now } }, orderBy: { startsAt: "asc" }, select: bucketFields });
  const lastDay = days.at(-1);
  const tailFrom = lastDay ? new Date(lastDay.startsAt.getTime() + DAY_MS) : from;
  const tail = await hourlySeries(monitorId, tailFrom, now);
  // The slowest hour of the days rolled up is still among the hourly roll-ups (kept as long).
  const slowestRolled = await db.monitorRollup.findFirst({
    where: { monitorId, period: "hour", startsAt: { gte: from, lt: tailFrom } },
    orderBy: [{ avgMs: "desc" }, { startsAt: "asc" }],
    select: { startsAt: true, avgMs: true },
  });
  return answer(range, DAY_MS, [...days, ...mergeBuckets(tail, DAY_MS)], { slowestHour: slowest([...(slowestRolled ? [slowestRolled] : []), ...tail]) });
}
