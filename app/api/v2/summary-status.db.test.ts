import { beforeAll, describe, expect, it } from "vitest";
import { GET as getStatus } from "./status.json/route";
import { GET as getSummary } from "./summary.json/route";
import { withTestDatabase } from "../../../lib/testing/with-test-database";
import { BASE_URL, type SeededPage, seedStatusPage } from "../../../lib/status-page/testing/seed-status-page";
import { checkComponent, checkIncident, checkMaintenance, checkStatus, expectBody, getV2 } from "../../../lib/status-page/testing/v2-shape";
import type { V2Component, V2Incident, V2Page, V2ScheduledMaintenance } from "../../../lib/status-page/v2/types";

// getEnv() caches on its first call, so BEACON_URL is set before any handler runs.
process.env.BEACON_URL = BASE_URL;
const db = withTestDatabase();
let seeded: SeededPage;
beforeAll(async () => {
  seeded = await seedStatusPage(db());
});

describe("GET /api/v2/summary.json", () => {
  it("has the page, status, components, unresolved incidents and open maintenance", async () => {
    const body = await getV2(getSummary);
    expectBody(body, ["status", "components", "incidents", "scheduled_maintenances"]);
    checkStatus(body.status, "status");
    (body.components as unknown[]).forEach((c, i) => checkComponent(c, `components[${i}]`));
    (body.incidents as unknown[]).forEach((c, i) => checkIncident(c, `incidents[${i}]`));
    (body.scheduled_maintenances as unknown[]).forEach((c, i) => checkMaintenance(c, `scheduled_maintenances[${i}]`));

    const page = body.page as V2Page;
    expect(page).toMatchObject({ id: seeded.pageId, name: "Acme", url: BASE_URL, time_zone: "Europe/Paris" });
    const incidents = body.incidents as V2Incident[];
    expect(incidents.map((incident) => incident.id)).toEqual([seeded.unresolvedId]);
    // Soonest window first: the one in progress, then the upcoming one; never the completed one.
    const maintenances = body.scheduled_maintenances as V2ScheduledMaintenance[];
    expect(maintenances.map((maintenance) => maintenance.id)).toEqual([seeded.activeId, seeded.upcomingId]);
    expect((body.components as V2Component[]).map((component) => component.name)).toEqual([
      "Website",
      "Platform",
      "Database",
      "API",
    ]);
  });

  it("moves page.updated_at to the latest change it carries", async () => {
    const body = await getV2(getSummary);
    const updatedAt = Date.parse((body.page as V2Page).updated_at);
    for (const component of body.components as V2Component[]) {
      expect(updatedAt).toBeGreaterThanOrEqual(Date.parse(component.updated_at));
    }
  });
});

describe("GET /api/v2/status.json", () => {
  it("has only the page and the roll-up", async () => {
    const body = await getV2(getStatus);
    expectBody(body, ["status"]);
    checkStatus(body.status, "status");
    // API is partially out (major) and beats the minor incident and the maintenance.
    expect(body.status).toEqual({ indicator: "major", description: "Partial System Outage" });
  });

  it("agrees with the summary's status", async () => {
    const [status, summary] = await Promise.all([getV2(getStatus), getV2(getSummary)]);
    expect(status.status).toEqual(summary.status);
  });

  it("drops to maintenance once nothing is broken but a maintenance is in progress", async () => {
    await db().component.update({ where: { id: seeded.apiId }, data: { status: "operational" } });
    await db().incident.update({ where: { id: seeded.unresolvedId }, data: { status: "resolved" } });
    try {
      const body = await getV2(getStatus);
      expect(body.status).toEqual({ indicator: "maintenance", description: "Service Under Maintenance" });
    } finally {
      await db().component.update({ where: { id: seeded.apiId }, data: { status: "partial_outage" } });
      await db().incident.update({ where: { id: seeded.unresolvedId }, data: { status: "identified" } });
    }
  });
});
