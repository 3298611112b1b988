import { beforeAll, describe, expect, it } from "vitest";
import { GET as getIncidents } from "./incidents.json/route";
import { GET as getUnresolved } from "./incidents/unresolved.json/route";
import { withTestDatabase } from "../../../lib/testing/with-test-database";
import { BASE_URL, NASTY_TITLE, type SeededPage, seedStatusPage } from "../../../lib/status-page/testing/seed-status-page";
import { checkIncident, expectBody, getV2 } from "../../../lib/status-page/testing/v2-shape";
import type { V2Incident } from "../../../lib/status-page/v2/types";

process.env.BEACON_URL = BASE_URL;
const db = withTestDatabase();
let seeded: SeededPage;
beforeAll(async () => {
  seeded = await seedStatusPage(db());
});

async function incidentsOf(handler: () => Promise<Response>): Promise<V2Incident[]> {
  const body = await getV2(handler);
  expectBody(body, ["incidents"]);
  (body.incidents as unknown[]).forEach((incident, i) => checkIncident(incident, `incidents[${i}]`));
  return body.incidents as V2Incident[];
}

const times = (values: readonly string[]) => values.map((value) => Date.parse(value));
const isDescending = (values: readonly number[]) => values.every((value, i) => i === 0 || value <= (values[i - 1] ?? value));

describe("GET /api/v2/incidents.json", () => {
  it("lists every incident, resolved included, newest first, and no maintenance", async () => {
    const incidents = await incidentsOf(getIncidents);
    expect(incidents.map((incident) => incident.id)).toEqual([seeded.unresolvedId, seeded.resolvedId]);
    expect(isDescending(times(incidents.map((incident) => incident.started_at)))).toBe(true);
    expect(incidents[1]).toMatchObject({ name: NASTY_TITLE, status: "resolved", impact: "major", components: [] });
    expect(incidents[1]?.resolved_at).not.toBeNull();
    expect(incidents[1]?.monitoring_at).not.toBeNull();
  });

  it("keeps only the 50 most recent", async () => {
    const many = Array.from({ length: 50 }, (_, i) => ({
      pageId: seeded.pageId,
      name: `Old incident ${i}`,
      status: "resolved" as const,
      startedAt: new Date(Date.parse("2020-01-01T00:00:00Z") + i * 60_000),
    }));
    await db().incident.createMany({ data: many });
    try {
      const incidents = await incidentsOf(getIncidents);
      expect(incidents).toHaveLength(50);
      expect(incidents.slice(0, 2).map((incident) => incident.id)).toEqual([seeded.unresolvedId, seeded.resolvedId]);
      expect(incidents.at(-1)?.name).toBe("Old incident 2");
    } finally {
      await db().incident.deleteMany({ where: { name: { startsWith: "Old incident " } } });
    }
  });
});

describe("GET /api/v2/incidents/unresolved.json", () => {
  it("lists only unresolved incidents", async () => {
    const incidents = await incidentsOf(getUnresolved);
    expect(incidents.map((incident) => incident.id)).toEqual([seeded.unresolvedId]);
  });

  it("serialises updates newest first with their component changes", async () => {
    const [incident] = await incidentsOf(getUnresolved);
    if (!incident) throw new Error("no unresolved incident");
    expect(incident).toMatchObject({
      status: "identified",
      impact: "minor",
      page_id: seeded.pageId,
      shortlink: `${BASE_URL}/incidents/${seeded.unresolvedId}`,
      resolved_at: null,
    });
    const updates = incident.incident_updates;
    expect(updates.map((update) => update.status)).toEqual(["identified", "investigating"]);
    expect(isDescending(times(updates.map((update) => update.display_at)))).toBe(true);
    expect(updates[0]?.affected_components).toEqual([
      { code: seeded.apiId, name: "API", old_status: "operational", new_status: "partial_outage" },
    ]);
    expect(updates[0]?.deliver_notifications).toBe(false);
    expect(updates[1]?.affected_components).toBeNull();
    for (const update of updates) expect(update.incident_id).toBe(incident.id);
    expect(incident.components.map((component) => component.id)).toEqual([seeded.apiId]);
    expect(incident.components[0]).toMatchObject({ name: "API", group: false, group_id: seeded.groupId });
  });
});
