import { describe, expect, it } from "vitest";
import type { ResponseTimes } from "../monitors/rollups/read-response-times";
import { formatMs, responseTimeSummary } from "./response-time-summary";

const at = (hour: number) => new Date(Date.UTC(2026, 11, 3, hour));

function times(overrides: Partial<ResponseTimes> = {}): ResponseTimes {
  return {
    range: "24h",
    bucketMs: 900_000,
    buckets: [
      { startsAt: at(9), count: 15, failures: 0, avgMs: 80, p95Ms: 120 },
      { startsAt: at(14), count: 15, failures: 3, avgMs: 310, p95Ms: 900 },
    ],
    summary: { avgMs: 195, p95Ms: 640, slowestHour: { startsAt: at(14), avgMs: 310 }, uptimePercent: 90, checks: 30 },
    ...overrides,
  };
}

describe("responseTimeSummary", () => {
  it("names the average, the p95, the slowest hour in the page's time zone and the failed checks", () => {
    expect(responseTimeSummary(times(), "Europe/Paris")).toBe(
      "Response time over the last 24 hours: 195 ms on average; 95 % of checks within about 640 ms; slowest hour from 15:00 CET (310 ms on average). 3 of 30 checks failed.",
    );
  });

  it("dates the slowest hour of a longer range", () => {
    expect(responseTimeSummary(times({ range: "7d" }), "Etc/UTC")).toContain("within about 640 ms; slowest hour from 3 Dec 2026, 14:00 UTC");
  });

  it("says so when there are no checks", () => {
    expect(responseTimeSummary(times({ buckets: [], summary: { avgMs: null, p95Ms: null, slowestHour: null, uptimePercent: null, checks: 0 } }), "Etc/UTC")).toBe("No checks in the last 24 hours.");
  });

  it("formats durations", () => {
    expect([formatMs(84.4), formatMs(1_234), formatMs(12_345)]).toEqual(["84 ms", "1.23 s", "12.3 s"]);
  });
});
