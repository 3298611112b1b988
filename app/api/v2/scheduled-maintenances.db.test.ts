import { beforeAll, describe, expect, it } from "vitest";
import { GET as getActive } from "./scheduled-maintenances/active.json/route";
import { GET as getUpcoming } from "./scheduled-maintenances/upcoming.json/route";
import { GET as getRecent } from "./scheduled-maintenances.json/route";
import { withTestDatabase } from "../../../lib/testing/with-test-database";
import { BASE_URL, type SeededPage, seedStatusPage } from "../../../lib/status-page/testing/seed-status-page";
import { checkMaintenance, expectBody, getV2 } from "../../../lib/status-page/testing/v2-shape";
import type { V2ScheduledMaintenance } from "../../../lib/status-page/v2/types";

process.env.BEACON_URL = BASE_URL;
const db = withTestDatabase();
let seeded: SeededPage;
beforeAll(async () => {
  seeded = await seedStatusPage(db());
});

async function maintenancesOf(handler: () => Promise<Response>): Promise<V2ScheduledMaintenance[]> {
  const body = await getV2(handler);
  expectBody(body, ["scheduled_maintenances"]);
  const list = body.scheduled_maintenances as unknown[];
  list.forEach((maintenance, i) => checkMaintenance(maintenance, `scheduled_maintenances[${i}]`));
  return list as V2ScheduledMaintenance[];
}

const ids = (list: readonly V2ScheduledMaintenance[]) => list.map((maintenance) => maintenance.id);

describe("GET /api/v2/scheduled-maintenances.json", () => {
  it("lists every maintenance, completed included, newest first, and no incidents", async () => {
    const list = await maintenancesOf(getRecent);
    expect(ids(list)).toEqual([seeded.upcomingId, seeded.activeId, seeded.completedId]);
    const starts = list.map((maintenance) => Date.parse(maintenance.started_at));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
  });
});

describe("GET /api/v2/scheduled-maintenances/upcoming.json", () => {
  it("lists only scheduled maintenance, with its window", async () => {
    const list = await maintenancesOf(getUpcoming);
    expect(ids(list)).toEqual([seeded.upcomingId]);
    const [upcoming] = list;
    expect(upcoming).toMatchObject({ status: "scheduled", impact: "maintenance", components: [] });
    expect(Date.parse(upcoming?.scheduled_until ?? "")).toBeGreaterThan(Date.parse(upcoming?.scheduled_for ?? ""));
  });
});

describe("GET /api/v2/scheduled-maintenances/active.json", () => {
  it("lists maintenance in progress or verifying, soonest window first", async () => {
    expect(ids(await maintenancesOf(getActive))).toEqual([seeded.activeId]);
    const verifying = await db().incident.create({
      data: {
        pageId: seeded.pageId,
        kind: "maintenance",
        name: "Earlier window, now verifying",
        status: "verifying",
        impact: "maintenance",
        scheduledFor: new Date("2026-03-01T09:00:00.000Z"),
        scheduledUntil: new Date("2026-03-01T13:00:00.000Z"),
      },
    });
    try {
      expect(ids(await maintenancesOf(getActive))).toEqual([verifying.id, seeded.activeId]);
    } finally {
      await db().incident.delete({ where: { id: verifying.id } });
    }
  });

  it("lists the affected components as full component objects", async () => {
    const [active] = await maintenancesOf(getActive);
    expect(active?.components.map((component) => component.id)).toEqual([seeded.databaseId]);
    expect(active?.components[0]).toMatchObject({ status: "under_maintenance", page_id: seeded.pageId });
    expect(active?.shortlink).toBe(`${BASE_URL}/incidents/${seeded.activeId}`);
  });
});
