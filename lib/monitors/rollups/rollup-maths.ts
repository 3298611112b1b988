// The arithmetic shared by the SQL roll-ups and the charts, written once in JS so the two agree
// to the millisecond: averages round half up in integers, p95 is the nearest rank (the value at
// position ceil(0.95 × n) of the sorted times, as PostgreSQL's percentile_disc), and periods
// are aligned on UTC multiples of their length (the epoch is a UTC midnight).

export const QUARTER_MS = 15 * 60_000;
export const HOUR_MS = 60 * 60_000;
export const DAY_MS = 24 * HOUR_MS;

export type Bucket = { startsAt: Date; count: number; failures: number; avgMs: number; p95Ms: number; maxMs: number };
export type RawCheck = { checkedAt: Date; outcome: string; totalMs: number };

export function floorTo(at: Date, sizeMs: number): Date {
  return new Date(Math.floor(at.getTime() / sizeMs) * sizeMs);
}

/** The mean of `sum / count` rounded half up, in integers (the SQL computes the same). */
export function roundedMean(sum: number, count: number): number {
  return count === 0 ? 0 : Math.floor((2 * sum + count) / (2 * count));
}

/** 1-based rank of the 95th percentile among `count` sorted values: ceil(0.95 × count). */
export function p95Rank(count: number): number {
  return Math.floor((95 * count + 99) / 100);
}

export function p95Of(sorted: readonly number[]): number {
  return sorted.length === 0 ? 0 : sorted[p95Rank(sorted.length) - 1]!;
}

/** Raw checks summed into buckets of `sizeMs`, oldest first; empty buckets are left out. */
export function bucketChecks(checks: readonly RawCheck[], sizeMs: number): Bucket[] {
  const groups = new Map<number, RawCheck[]>();
  for (const check of checks) {
    const key = floorTo(check.checkedAt, sizeMs).getTime();
    const group = groups.get(key);
    if (group) group.push(check);
    else groups.set(key, [check]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([key, group]) => {
      const times = group.map((check) => check.totalMs).sort((a, b) => a - b);
      const sum = times.reduce((total, ms) => total + ms, 0);
      return {
        startsAt: new Date(key),
        count: times.length,
        failures: group.filter((check) => check.outcome !== "up").length,
        avgMs: roundedMean(sum, times.length),
        p95Ms: p95Of(times),
        maxMs: times.at(-1)!,
      };
    });
}

/**
 * Finer buckets (hours) merged into coarser ones (days), as the daily roll-up does in SQL:
 * counts add up, the mean is weighted by count, and p95 is the largest of the parts' p95s,
 * an upper estimate (every part has 95 % of its checks at or below it, so the whole has too).
 */
export function mergeBuckets(buckets: readonly Bucket[], sizeMs: number): Bucket[] {
  const merged = new Map<number, Bucket & { weighted: number }>();
  for (const bucket of buckets) {
    const key = floorTo(bucket.startsAt, sizeMs).getTime();
    const into = merged.get(key) ?? { startsAt: new Date(key), count: 0, failures: 0, avgMs: 0, p95Ms: 0, maxMs: 0, weighted: 0 };
    into.count += bucket.count;
    into.failures += bucket.failures;
    into.weighted += bucket.avgMs * bucket.count;
    into.p95Ms = Math.max(into.p95Ms, bucket.p95Ms);
    into.maxMs = Math.max(into.maxMs, bucket.maxMs);
    merged.set(key, into);
  }
  return [...merged.values()]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map(({ weighted, ...bucket }) => ({ ...bucket, avgMs: roundedMean(weighted, bucket.count) }));
}

export type BucketSummary = { avgMs: number | null; p95Ms: number | null; uptimePercent: number | null; checks: number };

/**
 * Over a range of buckets: the count-weighted mean, and as p95 the value below which the
 * buckets holding 95 % of the checks have their own p95 (an estimate: raw times are gone).
 */
export function summariseBuckets(buckets: readonly Bucket[]): BucketSummary {
  const checks = buckets.reduce((total, bucket) => total + bucket.count, 0);
  if (checks === 0) return { avgMs: null, p95Ms: null, uptimePercent: null, checks: 0 };
  const failures = buckets.reduce((total, bucket) => total + bucket.failures, 0);
  const weighted = buckets.reduce((total, bucket) => total + bucket.avgMs * bucket.count, 0);
  const byP95 = [...buckets].sort((a, b) => a.p95Ms - b.p95Ms);
  const rank = p95Rank(checks);
  let seen = 0;
  const p95Bucket = byP95.find((bucket) => (seen += bucket.count) >= rank) ?? byP95.at(-1)!;
  return { avgMs: roundedMean(weighted, checks), p95Ms: p95Bucket.p95Ms, uptimePercent: (100 * (checks - failures)) / checks, checks };
}
