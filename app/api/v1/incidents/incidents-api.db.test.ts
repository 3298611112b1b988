import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "../../../../lib/testing/with-test-database";
import { type ApiClient, createApiClient } from "../../../../web/rest/testing/api-client";

process.env.BEACON_URL = "https://status.example.com";
const db = withTestDatabase();
let api: ApiClient;
let web: string;
let mail: string;
beforeAll(async () => {
  api = await createApiClient("incidents tests");
  web = (await api.call("POST", "/api/v1/components", { body: { name: "Website" } })).body.id;
  mail = (await api.call("POST", "/api/v1/components", { body: { name: "Email" } })).body.id;
});

const ONE = "/api/v1/incidents/{id}";
const statusOf = async (id: string) => (await api.call("GET", "/api/v1/components/{id}", { params: { id } })).body.status;
const reset = () => db().component.updateMany({ data: { status: "operational" } });

function statuspageBody(name: string) {
  return {
    name,
    status: "identified",
    impact: "major",
    body: "We found a **bad** deploy.",
    components: { [web]: "major_outage", [mail]: "degraded_performance" },
    deliver_notifications: false,
  };
}

describe("creating an incident with Statuspage's body", () => {
  for (const [label, wrap] of [["plain", false], ["wrapped in incident", true]] as const) {
    it(`takes it ${label} and changes the component statuses`, async () => {
      await reset();
      const body = statuspageBody(`Outage ${label}`);
      const created = await api.call("POST", "/api/v1/incidents", { body: wrap ? { incident: body } : body });
      expect(created.status).toBe(201);
      const incident = created.body;
      expect(created.headers.get("location")).toBe(`/api/v1/incidents/${incident.id}`);
      expect(incident).toMatchObject({ kind: "incident", name: body.name, status: "identified", impact: "major" });
      expect(incident.shortlink).toBe(`https://status.example.com/incidents/${incident.id}`);
      expect(incident.components.map((c: { id: string }) => c.id)).toEqual([web, mail]);
      expect(incident.incident_updates).toHaveLength(1);
      expect(incident.incident_updates[0]).toMatchObject({ status: "identified", body: body.body, deliver_notifications: false });
      expect(incident.incident_updates[0].affected_components).toEqual([
        { code: web, name: "Website", old_status: "operational", new_status: "major_outage" },
        { code: mail, name: "Email", old_status: "operational", new_status: "degraded_performance" },
      ]);
      expect([await statusOf(web), await statusOf(mail)]).toEqual(["major_outage", "degraded_performance"]);
    });
  }

  it("understands Statuspage's component_ids and impact_override", async () => {
    const created = await api.call("POST", "/api/v1/incidents", {
      body: { incident: { name: "Slow mail", impact_override: "minor", component_ids: [mail] } },
    });
    expect(created.body).toMatchObject({ impact: "minor", status: "investigating", components: [{ id: mail, name: "Email" }] });
  });

  it("creates nothing when a component id is unknown", async () => {
    const before = await db().incident.count();
    const response = await api.call("POST", "/api/v1/incidents", { body: { name: "Ghost", components: { nope: "major_outage" } } });
    expect(response.status).toBe(404);
    expect(response.body.error.message).toContain("nope");
    expect(await db().incident.count()).toBe(before);
  });
});

describe("an incident's life through the API", () => {
  it("posts, edits, resolves, writes a postmortem, lists and deletes", async () => {
    await reset();
    const { body: incident } = await api.call("POST", "/api/v1/incidents", { body: { name: "Lifecycle", components: { [web]: "partial_outage" } } });
    const params = { id: incident.id };

    const posted = await api.call("POST", `${ONE}/updates`, { params, body: { incident_update: { status: "monitoring", body: "A fix is out." } } });
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({ incident_id: incident.id, status: "monitoring", body: "A fix is out.", edited_at: null });
    expect(posted.headers.get("location")).toBe(`/api/v1/incidents/${incident.id}/updates/${posted.body.id}`);
    const updateParams = { id: incident.id, updateId: posted.body.id };

    const edited = await api.call("PATCH", `${ONE}/updates/{updateId}`, { params: updateParams, body: { body: "A fix is rolling out." } });
    expect(edited.body).toMatchObject({ body: "A fix is rolling out.", edited_at: expect.any(String) });
    expect((await api.call("GET", `${ONE}/updates/{updateId}`, { params: updateParams })).body).toEqual(edited.body);

    const early = await api.call("PUT", `${ONE}/postmortem`, { params, body: { body: "Why it broke", publish: true } });
    expect(early.status).toBe(422);
    expect(early.body.error.fields).toHaveProperty("publish");

    const resolved = await api.call("POST", `${ONE}/resolve`, { params, body: { body: "Fixed.", restoreComponents: true } });
    expect(resolved.body).toMatchObject({ status: "resolved", resolved_at: expect.any(String), monitoring_at: expect.any(String) });
    expect(resolved.body.incident_updates.map((u: { status: string }) => u.status)).toEqual(["resolved", "monitoring", "investigating"]);
    expect(await statusOf(web)).toBe("operational");

    const published = await api.call("PUT", `${ONE}/postmortem`, { params, body: { body: "Why it broke", publish: true } });
    expect(published.body).toMatchObject({ status: "postmortem", postmortem_body: "Why it broke", postmortem_published_at: expect.any(String) });

    const resolvedList = await api.call("GET", "/api/v1/incidents", { query: "status=resolved" });
    expect(resolvedList.body.incidents.map((i: { id: string }) => i.id)).toContain(incident.id);
    const unresolved = await api.call("GET", "/api/v1/incidents", { query: "status=unresolved&limit=100" });
    expect(unresolved.body.incidents.map((i: { id: string }) => i.id)).not.toContain(incident.id);
    expect((await api.call("GET", "/api/v1/incidents", { query: "limit=1" })).body.incidents).toHaveLength(1);

    expect((await api.call("DELETE", ONE, { params })).status).toBe(204);
    expect((await api.call("GET", ONE, { params })).status).toBe(404);
    expect((await api.call("POST", `${ONE}/updates`, { params, body: { status: "resolved", body: "" } })).status).toBe(404);
    expect((await api.call("POST", `${ONE}/resolve`, { params })).status).toBe(404);
  });

  it("answers 404 for an update of another incident or an unknown one", async () => {
    const { body: a } = await api.call("POST", "/api/v1/incidents", { body: { name: "A" } });
    const { body: b } = await api.call("POST", "/api/v1/incidents", { body: { name: "B" } });
    const updateOfA = a.incident_updates[0].id;
    for (const params of [{ id: b.id, updateId: updateOfA }, { id: a.id, updateId: "nope" }]) {
      expect((await api.call("PATCH", `${ONE}/updates/{updateId}`, { params, body: { body: "x" } })).status).toBe(404);
      expect((await api.call("GET", `${ONE}/updates/{updateId}`, { params })).status).toBe(404);
    }
  });

  it("refuses bad list queries with 422", async () => {
    for (const query of ["status=open", "limit=101", "limit=0", "limit=ten", "limit=2.5"]) {
      const response = await api.call("GET", "/api/v1/incidents", { query });
      expect(response.status, query).toBe(422);
    }
  });
});

describe("maintenance", () => {
  const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();

  it("schedules maintenance, lists it apart from incidents, and keeps its lifecycle", async () => {
    const body = { name: "Database upgrade", scheduledFor: hours(1), scheduledUntil: hours(2), componentIds: [web] };
    const created = await api.call("POST", "/api/v1/maintenance", { body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: "maintenance", status: "scheduled", impact: "maintenance", scheduled_for: body.scheduledFor });
    expect(created.headers.get("location")).toBe(`/api/v1/incidents/${created.body.id}`);

    const listed = await api.call("GET", "/api/v1/maintenance");
    expect(listed.body.scheduled_maintenances.map((m: { id: string }) => m.id)).toEqual([created.body.id]);
    const incidents = await api.call("GET", "/api/v1/incidents");
    expect(incidents.body.incidents.map((i: { id: string }) => i.id)).not.toContain(created.body.id);

    const params = { id: created.body.id };
    const wrong = await api.call("POST", `${ONE}/updates`, { params, body: { status: "investigating", body: "?" } });
    expect(wrong.status).toBe(422);
    expect((await api.call("POST", `${ONE}/resolve`, { params })).status).toBe(422);
    const started = await api.call("POST", `${ONE}/updates`, { params, body: { status: "in_progress", body: "Started.", components: { [web]: "under_maintenance" } } });
    expect(started.body.affected_components).toEqual([{ code: web, name: "Website", old_status: "operational", new_status: "under_maintenance" }]);
  });

  it("refuses a window that ends before it starts", async () => {
    const response = await api.call("POST", "/api/v1/maintenance", { body: { name: "Backwards", scheduledFor: hours(2), scheduledUntil: hours(1) } });
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toHaveProperty("scheduledUntil");
  });
});
