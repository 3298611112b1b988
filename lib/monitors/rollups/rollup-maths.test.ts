import { describe, expect, it } from "vitest";
import { bucketChecks, HOUR_MS, mergeBuckets, p95Of, p95Rank, QUARTER_MS, roundedMean, summariseBuckets } from "./rollup-maths";

const at = (iso: string) => new Date(`2026-01-05T${iso}Z`);
const check = (time: string, totalMs: number, outcome = "up") => ({ checkedAt: at(time), totalMs, outcome });

describe("roll-up maths", () => {
  it("takes the nearest rank as p95, as percentile_disc does", () => {
    expect([1, 2, 19, 20, 21, 100].map(p95Rank)).toEqual([1, 2, 19, 19, 20, 95]);
    expect(p95Of(Array.from({ length: 20 }, (_, index) => index + 1))).toBe(19);
    expect(p95Of([7])).toBe(7);
    expect(p95Of([])).toBe(0);
  });

  it("rounds means half up, in integers", () => {
    expect([roundedMean(25, 2), roundedMean(24, 2), roundedMean(10, 3), roundedMean(11, 3), roundedMean(0, 0)]).toEqual([13, 12, 3, 4, 0]);
  });

  it("buckets raw checks on UTC boundaries, counting degraded and down as failures", () => {
    const checks = [check("10:00:00", 10), check("10:14:59.999", 30, "degraded"), check("10:15:00", 5, "down"), check("11:59:00", 7)];
    expect(bucketChecks(checks, QUARTER_MS)).toEqual([
      { startsAt: at("10:00:00"), count: 2, failures: 1, avgMs: 20, p95Ms: 30, maxMs: 30 },
      { startsAt: at("10:15:00"), count: 1, failures: 1, avgMs: 5, p95Ms: 5, maxMs: 5 },
      { startsAt: at("11:45:00"), count: 1, failures: 0, avgMs: 7, p95Ms: 7, maxMs: 7 },
    ]);
    expect(bucketChecks(checks, HOUR_MS).map((bucket) => bucket.count)).toEqual([3, 1]);
  });

  it("merges hours into a day: sums, a weighted mean, and the largest p95", () => {
    const hours = [
      { startsAt: at("00:00:00"), count: 3, failures: 1, avgMs: 10, p95Ms: 20, maxMs: 25 },
      { startsAt: at("05:00:00"), count: 1, failures: 0, avgMs: 50, p95Ms: 50, maxMs: 50 },
    ];
    expect(mergeBuckets(hours, 24 * HOUR_MS)).toEqual([{ startsAt: at("00:00:00"), count: 4, failures: 1, avgMs: 20, p95Ms: 50, maxMs: 50 }]);
  });

  it("summarises buckets, weighting p95 by how many checks each bucket holds", () => {
    const buckets = [
      { startsAt: at("00:00:00"), count: 96, failures: 0, avgMs: 10, p95Ms: 12, maxMs: 30 },
      { startsAt: at("01:00:00"), count: 4, failures: 4, avgMs: 900, p95Ms: 1000, maxMs: 1000 },
    ];
    expect(summariseBuckets(buckets)).toEqual({ avgMs: 46, p95Ms: 12, uptimePercent: 96, checks: 100 });
    expect(summariseBuckets([])).toEqual({ avgMs: null, p95Ms: null, uptimePercent: null, checks: 0 });
  });
});
