import { beforeAll, describe, expect, it } from "vitest";
import { commandLineActor } from "../../auth/actor";
import { createComponent } from "../../components/create-component";
import { withTestDatabase } from "../../testing/with-test-database";
import { createMonitor } from "../create-monitor";
import { listResponseTimes, type ResponseTimes } from "./read-response-times";
import { rollUpChecks } from "./roll-up-checks";
import { DAY_MS, HOUR_MS, QUARTER_MS } from "./rollup-maths";

const db = withTestDatabase();
const NOW = new Date("2026-02-10T12:20:00Z");
let id = "";

const bucket = (startsAt: string, count: number, failures: number, avgMs: number, p95Ms: number) => ({ startsAt: new Date(startsAt), count, failures, avgMs, p95Ms });
const rollup = (period: string, startsAt: string, count: number, failures: number, avgMs: number, p95Ms: number, maxMs: number) => ({ monitorId: id, period, startsAt: new Date(startsAt), count, failures, avgMs, p95Ms, maxMs });

beforeAll(async () => {
  const { id: componentId } = await createComponent(commandLineActor, { name: "Charted" });
  id = (await createMonitor(commandLineActor, { name: "Charted", url: "https://example.com/", componentId })).id;
  const checks: [string, number, "up" | "degraded" | "down"][] = [
    ["2026-02-09T12:59:00Z", 1000, "up"], // before the 24 hours
    ["2026-02-09T13:00:00Z", 40, "up"],
    ["2026-02-09T13:20:00Z", 60, "down"],
    ["2026-02-10T11:50:00Z", 20, "up"],
    ["2026-02-10T12:00:00Z", 10, "up"],
    ["2026-02-10T12:05:00Z", 30, "degraded"],
    ["2026-02-10T12:10:00Z", 20, "up"],
  ];
  await db().monitorCheck.createMany({ data: checks.map(([at, totalMs, outcome]) => ({ monitorId: id, checkedAt: new Date(at), totalMs, outcome, message: "x" })) });
  // Hours up to 11:00 today and the day of 9 February are rolled up; 12:00 is still raw.
  await rollUpChecks(NOW);
  await db().monitorRollup.createMany({
    data: [
      rollup("hour", "2026-02-03T12:00:00Z", 60, 60, 9000, 9000, 9000), // before the 7 days
      rollup("hour", "2026-02-05T08:00:00Z", 60, 6, 500, 900, 1200),
      rollup("day", "2025-11-12T00:00:00Z", 1440, 1440, 1, 1, 1), // before the 90 days
      rollup("day", "2026-01-11T00:00:00Z", 1440, 0, 90, 95, 99), // before the 30 days
      rollup("day", "2026-01-12T00:00:00Z", 1440, 0, 100, 150, 400),
    ],
  });
});

describe("listResponseTimes", () => {
  it("gives the last 24 hours from raw checks in 15-minute buckets, with an exact p95", async () => {
    const times = await listResponseTimes(id, "24h", NOW);
    expect(times).toEqual<ResponseTimes>({
      range: "24h",
      bucketMs: QUARTER_MS,
      buckets: [bucket("2026-02-09T13:00:00Z", 1, 0, 40, 40), bucket("2026-02-09T13:15:00Z", 1, 1, 60, 60), bucket("2026-02-10T11:45:00Z", 1, 0, 20, 20), bucket("2026-02-10T12:00:00Z", 3, 1, 20, 30)],
      summary: { avgMs: 30, p95Ms: 60, slowestHour: { startsAt: new Date("2026-02-09T13:00:00Z"), avgMs: 50 }, uptimePercent: (100 * 4) / 6, checks: 6 },
    });
  });

  it("gives 7 days of hourly roll-ups, ending with the hour not rolled up yet", async () => {
    const times = await listResponseTimes(id, "7d", NOW);
    expect(times?.bucketMs).toBe(HOUR_MS);
    expect(times?.buckets).toEqual([
      bucket("2026-02-05T08:00:00Z", 60, 6, 500, 900),
      bucket("2026-02-09T12:00:00Z", 1, 0, 1000, 1000),
      bucket("2026-02-09T13:00:00Z", 2, 1, 50, 60),
      bucket("2026-02-10T11:00:00Z", 1, 0, 20, 20),
      bucket("2026-02-10T12:00:00Z", 3, 1, 20, 30),
    ]);
    // 31,180 ms over 67 checks; the 64th check by p95 lies in the 5 February hour.
    expect(times?.summary).toEqual({ avgMs: 465, p95Ms: 900, slowestHour: { startsAt: new Date("2026-02-09T12:00:00Z"), avgMs: 1000 }, uptimePercent: (100 * 59) / 67, checks: 67 });
  });

  it("gives 30 and 90 days of daily roll-ups, today made from its hours", async () => {
    const month = await listResponseTimes(id, "30d", NOW);
    expect(month?.bucketMs).toBe(DAY_MS);
    const today = bucket("2026-02-10T00:00:00Z", 4, 1, 20, 30);
    expect(month?.buckets).toEqual([bucket("2026-01-12T00:00:00Z", 1440, 0, 100, 150), bucket("2026-02-09T00:00:00Z", 3, 1, 367, 1000), today]);
    // The slowest hour comes from the hourly roll-ups of the whole 30 days.
    expect(month?.summary).toEqual({ avgMs: 100, p95Ms: 150, slowestHour: { startsAt: new Date("2026-02-03T12:00:00Z"), avgMs: 9000 }, uptimePercent: (100 * 1445) / 1447, checks: 1447 });

    const quarter = await listResponseTimes(id, "90d", NOW);
    expect(quarter?.buckets.map((item) => item.startsAt.toISOString().slice(0, 10))).toEqual(["2026-01-11", "2026-01-12", "2026-02-09", "2026-02-10"]);
    expect(quarter?.summary.checks).toBe(1440 + 1447);
  });

  it("is empty for a monitor without checks, and null for none at all", async () => {
    const { id: componentId } = await createComponent(commandLineActor, { name: "Quiet" });
    const quiet = await createMonitor(commandLineActor, { name: "Quiet", url: "https://example.com/", componentId });
    expect(await listResponseTimes(quiet.id, "7d", NOW)).toEqual({
      range: "7d",
      bucketMs: HOUR_MS,
      buckets: [],
      summary: { avgMs: null, p95Ms: null, slowestHour: null, uptimePercent: null, checks: 0 },
    });
    expect(await listResponseTimes("no-such-monitor", "24h", NOW)).toBeNull();
  });
});
