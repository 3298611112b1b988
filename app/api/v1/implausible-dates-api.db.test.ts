import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "../../../lib/testing/with-test-database";
import { latestYear } from "../../../lib/time/plausible-date";
import { type ApiClient, createApiClient } from "../../../web/rest/testing/api-client";

// Regression (issue 9): a start in year 0999 (or maintenance in year 0001) was stored through
// the API and made every snapshot rebuild render history back to that year.

process.env.BEACON_URL = "https://status.example.com";
const db = withTestDatabase();
let api: ApiClient;
beforeAll(async () => {
  api = await createApiClient("date rule tests");
});

const ONE = "/api/v1/incidents/{id}";
const message = () => `must be between 1970 and ${latestYear()}`;

describe("dates outside 1970 to a few years ahead", () => {
  it("refuses an incident that started in year 0999 with 422 naming startedAt, and stores nothing", async () => {
    const before = await db().incident.count();
    for (const body of [{ name: "Ancient", startedAt: "0999-11-28T10:00:00Z" }, { incident: { name: "Ancient", startedAt: "1969-12-31T23:59:00Z" } }]) {
      const response = await api.call("POST", "/api/v1/incidents", { body });
      expect(response.status).toBe(422);
      expect(response.body.error.fields).toEqual({ startedAt: message() });
    }
    expect(await db().incident.count()).toBe(before);
  });

  it("refuses maintenance scheduled for year 0001 or far ahead, naming the field", async () => {
    const before = await db().incident.count();
    const year0001 = await api.call("POST", "/api/v1/maintenance", {
      body: { name: "Old", scheduledFor: "0001-01-01T10:00:00Z", scheduledUntil: "0001-01-01T12:00:00Z" },
    });
    expect(year0001.status).toBe(422);
    expect(year0001.body.error.fields).toEqual({ scheduledFor: message(), scheduledUntil: message() });
    const far = `${latestYear() + 1}-01-01T00:00:00Z`;
    const tooLate = await api.call("POST", "/api/v1/maintenance", { body: { name: "Late", scheduledFor: "2026-12-24T10:00:00Z", scheduledUntil: far } });
    expect(tooLate.status).toBe(422);
    expect(tooLate.body.error.fields).toEqual({ scheduledUntil: message() });
    expect(await db().incident.count()).toBe(before);
  });

  it("refuses an update displayed in year 0999, posted or edited", async () => {
    const { body: incident } = await api.call("POST", "/api/v1/incidents", { body: { name: "Current" } });
    const params = { id: incident.id };
    const posted = await api.call("POST", `${ONE}/updates`, { params, body: { status: "identified", body: "Found it.", displayAt: "0999-11-28T10:00:00Z" } });
    expect(posted.status).toBe(422);
    expect(posted.body.error.fields).toEqual({ displayAt: message() });
    const updateId = incident.incident_updates[0].id;
    const edited = await api.call("PATCH", `${ONE}/updates/{updateId}`, { params: { ...params, updateId }, body: { body: "x", displayAt: "0999-11-28T10:00:00Z" } });
    expect(edited.status).toBe(422);
    expect(edited.body.error.fields).toEqual({ displayAt: message() });
    expect(await db().incidentUpdate.count({ where: { incidentId: incident.id } })).toBe(1);
  });

  it("still takes the dates real incidents have", async () => {
    const old = await api.call("POST", "/api/v1/incidents", { body: { name: "Epoch", startedAt: "1970-01-01T00:00:00Z" } });
    expect(old.status).toBe(201);
    const scheduledUntil = `${latestYear()}-12-31T23:00:00Z`;
    const ahead = await api.call("POST", "/api/v1/maintenance", { body: { name: "Far", scheduledFor: "2027-01-01T00:00:00Z", scheduledUntil } });
    expect(ahead.status).toBe(201);
  });
});
