import "server-only";
import { getDb } from "../../db";
import { type Bucket, bucketChecks, floorTo, QUARTER_MS } from "./rollup-maths";

// The last day's 15-minute buckets of a monitor, for the public chart, kept between renders:
// a quarter once over (and settled: a check is recorded when it ends, up to a timeout later)
// never changes, so each render reads only the checks since the last settled quarter instead
// of a day of them (8,640 rows at a 10 s interval), on the thread that serves the page.

const SETTLE_MS = 90_000;
const MAX_MONITORS = 5_000;

type Cached = { quarters: Map<number, Bucket>; settledUntil: number };
const cache = new Map<string, Cached>();

function readChecks(monitorId: string, from: Date, now: Date) {
  return getDb().monitorCheck.findMany({ where: { monitorId, checkedAt: { gte: from, lte: now } }, orderBy: { checkedAt: "asc" }, select: { checkedAt: true, outcome: true, totalMs: true } });
}

/** The buckets from `from` to `now`, oldest first; empty quarters are left out. */
export async function recentQuarters(monitorId: string, from: Date, now: Date): Promise<Bucket[]> {
  const settledBefore = floorTo(new Date(now.getTime() - SETTLE_MS), QUARTER_MS).getTime();
  let cached = cache.get(monitorId);
  if (!cached || cached.settledUntil < from.getTime() || cached.settledUntil > settledBefore) {
    if (cache.size >= MAX_MONITORS) cache.clear();
    cached = { quarters: new Map(), settledUntil: from.getTime() };
    cache.set(monitorId, cached);
  }
  const fresh = bucketChecks(await readChecks(monitorId, new Date(cached.settledUntil), now), QUARTER_MS);
  for (const bucket of fresh) if (bucket.startsAt.getTime() < settledBefore) cached.quarters.set(bucket.startsAt.getTime(), bucket);
  cached.settledUntil = Math.max(cached.settledUntil, settledBefore);
  for (const start of cached.quarters.keys()) if (start < from.getTime()) cached.quarters.delete(start);
  const open = fresh.filter((bucket) => bucket.startsAt.getTime() >= settledBefore);
  return [...cached.quarters.values(), ...open].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** Forgets everything (tests, and a monitor whose checks were rewritten). */
export function forgetRecentQuarters(): void {
  cache.clear();
}
