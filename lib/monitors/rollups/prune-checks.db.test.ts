import { describe, expect, it } from "vitest";
import { commandLineActor } from "../../auth/actor";
import { createComponent } from "../../components/create-component";
import { withTestDatabase } from "../../testing/with-test-database";
import { createMonitor } from "../create-monitor";
import { pruneMonitorData } from "./prune-checks";
import { rollUpChecks } from "./roll-up-checks";
import { runMonitorHousekeeping } from "./run-monitor-housekeeping";

const db = withTestDatabase();

// 48 hours before is 2026-03-08T12:30Z; 90 days before is 2025-12-10T12:30Z.
const NOW = new Date("2026-03-10T12:30:00Z");

async function monitor(name: string): Promise<string> {
  const { id: componentId } = await createComponent(commandLineActor, { name });
  return (await createMonitor(commandLineActor, { name, url: "https://example.com/", componentId })).id;
}

async function checkTimes(monitorId: string): Promise<string[]> {
  const rows = await db().monitorCheck.findMany({ where: { monitorId }, orderBy: { checkedAt: "asc" }, select: { checkedAt: true } });
  return rows.map((row) => row.checkedAt.toISOString());
}

describe("pruneMonitorData", () => {
  it("deletes raw checks past 48 hours in batches, but only once their hour is rolled up", async () => {
    const id = await monitor("Pruned");
    // 12,000 checks in one old hour: more than two batches.
    const old = Array.from({ length: 12_000 }, (_, i) => new Date(Date.parse("2026-03-08T10:00:00Z") + i * 250));
    const kept = ["2026-03-08T12:30:00.000Z", "2026-03-08T12:45:00.000Z", "2026-03-10T12:00:00.000Z"];
    const times = [...old, new Date("2026-03-08T11:10:00Z"), new Date("2026-03-08T12:29:59.999Z"), ...kept.map((at) => new Date(at))];
    const data = times.map((checkedAt) => ({ monitorId: id, checkedAt, outcome: "up" as const, totalMs: 3, message: "x" }));
    for (let i = 0; i < data.length; i += 3_000) await db().monitorCheck.createMany({ data: data.slice(i, i + 3_000) });

    // Nothing is rolled up yet, so nothing may go.
    expect(await pruneMonitorData(NOW)).toEqual({ checks: 0, rollups: 0 });
    expect(await db().monitorCheck.count({ where: { monitorId: id } })).toBe(12_005);

    // Hour 10 rolled up, hour 11 not: only hour 10's checks go.
    await rollUpChecks(new Date("2026-03-08T11:10:00Z"));
    expect(await pruneMonitorData(NOW)).toEqual({ checks: 12_000, rollups: 0 });
    expect((await checkTimes(id))[0]).toBe("2026-03-08T11:10:00.000Z");

    // Housekeeping rolls the rest up first, then prunes up to exactly 48 hours.
    const run = await runMonitorHousekeeping(NOW);
    expect(run.pruned).toEqual({ checks: 2, rollups: 0 });
    expect(await checkTimes(id)).toEqual(kept);
    const hour10 = await db().monitorRollup.findFirstOrThrow({ where: { monitorId: id, period: "hour", startsAt: new Date("2026-03-08T10:00:00Z") } });
    expect(hour10.count).toBe(12_000);
  });

  it("deletes roll-ups that start more than 90 days ago", async () => {
    const id = await monitor("Old roll-ups");
    const rollups: [string, string][] = [
      ["hour", "2025-12-10T11:00:00Z"],
      ["hour", "2025-12-10T12:00:00Z"],
      ["hour", "2025-12-10T13:00:00Z"],
      ["day", "2025-12-09T00:00:00Z"],
      ["day", "2025-12-10T00:00:00Z"],
      ["day", "2025-12-11T00:00:00Z"],
    ];
    await db().monitorRollup.createMany({ data: rollups.map(([period, at]) => ({ monitorId: id, period, startsAt: new Date(at), count: 1, failures: 0, avgMs: 1, p95Ms: 1, maxMs: 1 })) });
    expect(await pruneMonitorData(NOW)).toEqual({ checks: 0, rollups: 4 });
    const left = await db().monitorRollup.findMany({ where: { monitorId: id }, orderBy: { startsAt: "asc" }, select: { period: true, startsAt: true } });
    expect(left.map((row) => `${row.period} ${row.startsAt.toISOString()}`)).toEqual(["hour 2025-12-10T13:00:00.000Z", "day 2025-12-11T00:00:00.000Z"]);
  });
});
