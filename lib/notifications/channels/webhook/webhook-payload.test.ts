import { describe, expect, it } from "vitest";
import type { IncidentRecord } from "../../../incidents/incident-record";
import { toV2Incident } from "../../../status-page/v2/serialize-incident";
import type { V2Component } from "../../../status-page/v2/types";
import { buildWebhookPayload } from "./webhook-payload";

const at = new Date("2026-12-02T10:00:00.000Z");

const incident = {
  id: "inc1",
  kind: "incident",
  name: "API down",
  status: "identified",
  impact: "major",
  createdAt: at,
  updatedAt: at,
  startedAt: at,
  monitoringAt: null,
  resolvedAt: null,
  scheduledFor: null,
  scheduledUntil: null,
  components: [],
  updates: [
    { id: "u2", incidentId: "inc1", status: "identified", body: "Found it.", createdAt: at, updatedAt: at, displayAt: at, deliverNotifications: true, componentChanges: [] },
  ],
} as unknown as IncidentRecord;

const page = { name: "Acme", url: "https://status.example.com", timeZone: "Etc/UTC" };

describe("buildWebhookPayload", () => {
  it("has Statuspage's webhook shape: meta, page roll-up, and the incident as /api/v2 serialises it", () => {
    const v2 = toV2Incident(incident, { pageId: "page1", baseUrl: "https://status.example.com", componentsById: new Map() });
    const payload = buildWebhookPayload(
      {
        pageId: "page1",
        page,
        status: { indicator: "major", description: "Partial System Outage" },
        about: "incident",
        incident: v2,
        documentationUrl: "https://status.example.com/api/v1/openapi.json",
      },
      { unsubscribeUrl: "https://status.example.com/subscribe/unsubscribe?token=t", generatedAt: at },
    );
    if (!("incident" in payload)) throw new Error("expected an incident payload");
    expect(payload).toEqual({
      meta: {
        unsubscribe: "https://status.example.com/subscribe/unsubscribe?token=t",
        documentation: "https://status.example.com/api/v1/openapi.json",
        generated_at: "2026-12-02T10:00:00.000Z",
      },
      page: { id: "page1", status_indicator: "major", status_description: "Partial System Outage" },
      incident: v2,
    });
    expect(Object.keys(payload.incident.incident_updates[0]!)).toEqual([
      "id", "status", "body", "incident_id", "created_at", "updated_at", "display_at", "affected_components", "deliver_notifications", "custom_tweet", "tweet_id",
    ]);
    expect(payload.incident).toMatchObject({ id: "inc1", shortlink: "https://status.example.com/incidents/inc1", page_id: "page1" });
  });

  it("has Statuspage's component shape: the component as in components.json and its component_update", () => {
    const component = { id: "c1", name: "API", status: "major_outage", page_id: "page1", group: false } as unknown as V2Component;
    const componentUpdate = {
      id: "log1",
      component_id: "c1",
      component_type: "Component",
      old_status: "operational",
      new_status: "major_outage",
      created_at: "2026-12-02T10:00:00.000Z",
    } as const;
    const payload = buildWebhookPayload(
      { pageId: "page1", page, status: { indicator: "critical", description: "Major System Outage" }, about: "component", component, componentUpdate, documentationUrl: "https://d" },
      { unsubscribeUrl: "https://u", generatedAt: at },
    );
    expect(payload).toEqual({
      meta: { unsubscribe: "https://u", documentation: "https://d", generated_at: "2026-12-02T10:00:00.000Z" },
      page: { id: "page1", status_indicator: "critical", status_description: "Major System Outage" },
      component,
      component_update: componentUpdate,
    });
  });
});
