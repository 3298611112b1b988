import { describe, expect, it } from "vitest";
import { commandLineActor } from "../../auth/actor";
import { createComponent } from "../../components/create-component";
import { withTestDatabase } from "../../testing/with-test-database";
import { createMonitor } from "../create-monitor";
import { rollUpChecks } from "./roll-up-checks";
import { rollUpDay } from "./roll-up-days";
import { rollUpHour } from "./roll-up-hours";

const db = withTestDatabase();

type Outcome = "up" | "degraded" | "down";

async function monitorWithChecks(name: string, checks: [string, number, Outcome?][]): Promise<string> {
  const { id: componentId } = await createComponent(commandLineActor, { name });
  const { id } = await createMonitor(commandLineActor, { name, url: "https://example.com/", componentId });
  await addChecks(id, checks);
  return id;
}

async function addChecks(monitorId: string, checks: [string, number, Outcome?][]) {
  await db().monitorCheck.createMany({ data: checks.map(([at, totalMs, outcome = "up"]) => ({ monitorId, checkedAt: new Date(at), totalMs, outcome, message: "x" })) });
}

async function rollupsOf(monitorId: string) {
  const rows = await db().monitorRollup.findMany({ where: { monitorId }, orderBy: [{ startsAt: "asc" }, { period: "asc" }], select: { period: true, startsAt: true, count: true, failures: true, avgMs: true, p95Ms: true, maxMs: true } });
  return rows.map(({ startsAt, ...row }) => ({ ...row, startsAt: startsAt.toISOString() }));
}

const row = (period: string, startsAt: string, count: number, failures: number, avgMs: number, p95Ms: number, maxMs: number) => ({ period, startsAt, count, failures, avgMs, p95Ms, maxMs });

describe("rollUpChecks", () => {
  let a = "";
  let b = "";

  it("rolls up each complete hour once it has settled, with exact counts, failures, mean, p95 and maximum", async () => {
    // 20 checks of 1..20 ms: the mean 10.5 rounds to 11, p95 is the 19th value; two degraded and one down fail.
    const hour10 = Array.from({ length: 20 }, (_, i): [string, number, Outcome] => [`2026-01-05T10:${String(i * 3).padStart(2, "0")}:00Z`, i + 1, i === 4 || i === 9 ? "degraded" : i === 14 ? "down" : "up"]);
    a = await monitorWithChecks("A", [...hour10, ["2026-01-05T11:00:00Z", 100], ["2026-01-05T11:20:00Z", 200], ["2026-01-05T11:40:00Z", 301], ["2026-01-06T00:01:00Z", 5]]);
    b = await monitorWithChecks("B", [["2026-01-05T10:30:00Z", 50, "down"], ["2026-01-05T23:59:59.999Z", 70]]);

    // 11:00–12:00 is over but within the five minutes a late check may still be committing.
    expect(await rollUpChecks(new Date("2026-01-05T12:04:59.999Z"))).toEqual({ hours: 1, days: 0, rows: 2 });
    expect(await rollupsOf(a)).toEqual([row("hour", "2026-01-05T10:00:00.000Z", 20, 3, 11, 19, 20)]);
    expect(await rollupsOf(b)).toEqual([row("hour", "2026-01-05T10:00:00.000Z", 1, 1, 50, 50, 50)]);

    expect(await rollUpChecks(new Date("2026-01-05T12:05:00Z"))).toEqual({ hours: 1, days: 0, rows: 1 });
    expect((await rollupsOf(a))[1]).toEqual(row("hour", "2026-01-05T11:00:00.000Z", 3, 0, 200, 301, 301));
  });

  it("rolls up a complete UTC day from its hours, and leaves the hour under way alone", async () => {
    expect(await rollUpChecks(new Date("2026-01-06T00:05:00Z"))).toEqual({ hours: 1, days: 1, rows: 3 });
    // A: (11 × 20 + 200 × 3) / 23 = 35.7; p95 is the larger hourly p95, an upper estimate.
    expect(await rollupsOf(a)).toEqual([
      row("day", "2026-01-05T00:00:00.000Z", 23, 3, 36, 301, 301),
      row("hour", "2026-01-05T10:00:00.000Z", 20, 3, 11, 19, 20),
      row("hour", "2026-01-05T11:00:00.000Z", 3, 0, 200, 301, 301),
    ]);
    expect(await rollupsOf(b)).toEqual([
      row("day", "2026-01-05T00:00:00.000Z", 2, 1, 60, 70, 70),
      row("hour", "2026-01-05T10:00:00.000Z", 1, 1, 50, 50, 50),
      row("hour", "2026-01-05T23:00:00.000Z", 1, 0, 70, 70, 70),
    ]);
  });

  it("does nothing when run again", async () => {
    const before = await db().monitorRollup.findMany({ orderBy: { id: "asc" } });
    expect(await rollUpChecks(new Date("2026-01-06T00:05:00Z"))).toEqual({ hours: 0, days: 0, rows: 0 });
    expect(await rollUpChecks(new Date("2026-01-06T00:30:00Z"))).toEqual({ hours: 0, days: 0, rows: 0 });
    expect(await db().monitorRollup.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("writes each roll-up once when two runs race", async () => {
    await addChecks(a, [["2026-01-07T08:00:00Z", 10], ["2026-01-07T08:30:00Z", 30]]);
    await addChecks(b, [["2026-01-07T08:45:00Z", 99, "down"]]);
    const now = new Date("2026-01-08T00:05:00Z");
    await Promise.all([rollUpChecks(now), rollUpChecks(now)]);
    expect((await rollupsOf(a)).slice(3)).toEqual([
      row("day", "2026-01-06T00:00:00.000Z", 1, 0, 5, 5, 5),
      row("hour", "2026-01-06T00:00:00.000Z", 1, 0, 5, 5, 5),
      row("day", "2026-01-07T00:00:00.000Z", 2, 0, 20, 30, 30),
      row("hour", "2026-01-07T08:00:00.000Z", 2, 0, 20, 30, 30),
    ]);
    expect((await rollupsOf(b)).slice(3)).toEqual([row("day", "2026-01-07T00:00:00.000Z", 1, 1, 99, 99, 99), row("hour", "2026-01-07T08:00:00.000Z", 1, 1, 99, 99, 99)]);
    expect(await db().monitorRollup.count()).toBe(12);
    expect(await rollUpChecks(now)).toEqual({ hours: 0, days: 0, rows: 0 });
  });

  it("skips rows another process wrote first, without failing", async () => {
    // What a run does when it found the hour pending just before another run committed it.
    const before = await db().monitorRollup.findMany({ orderBy: { id: "asc" } });
    await expect(rollUpHour(new Date("2026-01-07T08:00:00Z"))).resolves.toBe(2);
    await expect(rollUpDay(new Date("2026-01-07T00:00:00Z"))).resolves.toBe(2);
    expect(await db().monitorRollup.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });
});
