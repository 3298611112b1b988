import { describe, expect, it } from "vitest";
import type { ComponentGroupRecord, ComponentRecord } from "../../lib/components/list-components";
import type { IncidentRecord } from "../../lib/incidents/incident-record";
import { componentGroupResponse, componentResponse, incidentResponse } from "./response-schemas";
import { serializeComponent, serializeComponentGroup, serializeIncident } from "./serialize";

const t = (minute: number) => new Date(Date.UTC(2026, 2, 1, 12, minute));

const component: ComponentRecord = {
  id: "c1",
  groupId: "g1",
  name: "API",
  description: null,
  status: "partial_outage",
  position: 0,
  showcase: true,
  onlyShowIfDegraded: false,
  startDate: null,
  createdAt: t(0),
  updatedAt: t(1),
};

const group: ComponentGroupRecord = { id: "g1", name: "Backend", description: "Servers", position: 2, createdAt: t(0), updatedAt: t(0) };

const incident: IncidentRecord = {
  id: "inc 1",
  kind: "incident",
  name: "Outage",
  status: "monitoring",
  impact: "major",
  startedAt: t(0),
  monitoringAt: t(5),
  resolvedAt: null,
  scheduledFor: null,
  scheduledUntil: null,
  postmortemBody: null,
  postmortemPublishedAt: null,
  createdAt: t(0),
  updatedAt: t(5),
  components: [{ id: "c1", name: "API" }],
  updates: [
    { id: "u2", incidentId: "inc 1", status: "monitoring", body: "Fixed", displayAt: t(5), deliverNotifications: true, editedAt: t(6), createdAt: t(5), updatedAt: t(6), componentChanges: [] },
    {
      id: "u1",
      incidentId: "inc 1",
      status: "investigating",
      body: "Looking",
      displayAt: t(0),
      deliverNotifications: false,
      editedAt: null,
      createdAt: t(0),
      updatedAt: t(0),
      componentChanges: [{ componentId: "c1", componentName: "API", oldStatus: "operational", newStatus: "partial_outage" }],
    },
  ],
};

// The serializers' keys must be exactly the documented ones (zod would silently strip extras).
const keysOf = (schema: { shape: object }) => Object.keys(schema.shape).sort();

describe("serializers", () => {
  it("serialises a component with snake_case keys and ISO times", () => {
    const json = serializeComponent(component);
    expect(Object.keys(json).sort()).toEqual(keysOf(componentResponse));
    expect(json).toMatchObject({ group_id: "g1", only_show_if_degraded: false, start_date: null, updated_at: "2026-03-01T12:01:00.000Z" });
    expect(componentResponse.parse(json)).toEqual(json);
  });

  it("lists a group's components by id", () => {
    const other = { ...component, id: "c2", groupId: null };
    const json = serializeComponentGroup(group, [component, other]);
    expect(Object.keys(json).sort()).toEqual(keysOf(componentGroupResponse));
    expect(json.components).toEqual(["c1"]);
  });

  it("serialises an incident with its updates newest first and their component changes", () => {
    const json = serializeIncident(incident, "https://status.example.com");
    expect(Object.keys(json).sort()).toEqual(keysOf(incidentResponse));
    expect(json.shortlink).toBe("https://status.example.com/incidents/inc%201");
    expect(json.incident_updates.map((update) => update.id)).toEqual(["u2", "u1"]);
    expect(json.incident_updates[0]).toMatchObject({ edited_at: "2026-03-01T12:06:00.000Z", affected_components: [] });
    expect(json.incident_updates[1]?.affected_components).toEqual([
      { code: "c1", name: "API", old_status: "operational", new_status: "partial_outage" },
    ]);
    expect(json).toMatchObject({ monitoring_at: "2026-03-01T12:05:00.000Z", resolved_at: null, scheduled_for: null });
    expect(incidentResponse.parse(json)).toEqual(json);
  });
});
