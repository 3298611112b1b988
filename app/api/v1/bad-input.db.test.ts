import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "../../../lib/testing/with-test-database";
import { requestSchemas } from "../../../web/rest/openapi-operations";
import { type ApiCall, type ApiClient, createApiClient } from "../../../web/rest/testing/api-client";
import type { HttpMethod } from "../../../web/rest/testing/route-table";

// Bad input gets a 4xx with the error shape the document promises, never a 500.

withTestDatabase();
let api: ApiClient;
let ids: Record<string, string>;
beforeAll(async () => {
  api = await createApiClient("bad input tests");
  const component = await api.call("POST", "/api/v1/components", { body: { name: "Target" } });
  const group = await api.call("POST", "/api/v1/component-groups", { body: { name: "Group" } });
  const incident = await api.call("POST", "/api/v1/incidents", { body: { name: "Target incident" } });
  ids = {
    component: component.body.id,
    group: group.body.id,
    incident: incident.body.id,
    update: incident.body.incident_updates[0].id,
  };
});

type Target = { method: HttpMethod; path: string; schema: string };

const targets: Target[] = [
  { method: "POST", path: "/api/v1/components", schema: "CreateComponent" },
  { method: "PATCH", path: "/api/v1/components/{id}", schema: "UpdateComponent" },
  { method: "POST", path: "/api/v1/component-groups", schema: "CreateComponentGroup" },
  { method: "PATCH", path: "/api/v1/component-groups/{id}", schema: "UpdateComponentGroup" },
  { method: "POST", path: "/api/v1/incidents", schema: "CreateIncident" },
  { method: "POST", path: "/api/v1/incidents/{id}/updates", schema: "PostIncidentUpdate" },
  { method: "PATCH", path: "/api/v1/incidents/{id}/updates/{updateId}", schema: "EditIncidentUpdate" },
  { method: "POST", path: "/api/v1/incidents/{id}/resolve", schema: "ResolveIncident" },
  { method: "PUT", path: "/api/v1/incidents/{id}/postmortem", schema: "WritePostmortem" },
  { method: "POST", path: "/api/v1/maintenance", schema: "ScheduleMaintenance" },
];

function paramsOf(path: string): Record<string, string> {
  if (path.startsWith("/api/v1/components/")) return { id: ids.component ?? "" };
  if (path.startsWith("/api/v1/component-groups/")) return { id: ids.group ?? "" };
  return { id: ids.incident ?? "", updateId: ids.update ?? "" };
}

const WRONG_VALUES: unknown[] = [
  null,
  42,
  -1.5,
  true,
  "x".repeat(30_000),
  "",
  "\u0000💥<script>",
  [],
  ["a", 1],
  {},
  { nested: { deeper: [1, { x: null }] } },
  { "no-such-component": "major_outage" },
  { "": "operational" },
  Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`c${i}`, "major_outage"])),
];

const RAW_BODIES: (string | Uint8Array)[] = [
  "{",
  "null",
  "[]",
  '[{"name":"x"}]',
  '"a string"',
  "42",
  "true",
  '{"name": "x",}',
  "{'name': 'x'}",
  new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
  `{"name":"${"y".repeat(70 * 1024)}"}`,
  "[".repeat(20_000),
];

function keysOf(schema: string): string[] {
  const shape = (requestSchemas[schema] as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  return [...Object.keys(shape), "incident", "incident_update"];
}

async function expectNo500(target: Target, call: ApiCall, label: string) {
  const response = await api.call(target.method, target.path, { params: paramsOf(target.path), ...call });
  expect(response.status, `${target.method} ${target.path} with ${label}`).toBeLessThan(500);
  if (response.status >= 400) expect(response.body.error.code, label).toMatch(/^[a-z_]+$/);
  return response;
}

describe("bad request bodies", () => {
  for (const target of targets) {
    it(`${target.method} ${target.path} answers malformed bodies with 400 or 413`, async () => {
      for (const rawBody of RAW_BODIES) {
        const label = typeof rawBody === "string" ? rawBody.slice(0, 30) : "invalid UTF-8";
        const response = await expectNo500(target, { rawBody }, label);
        expect([400, 413], label).toContain(response.status);
      }
    });

    it(`${target.method} ${target.path} answers wrong types in every field without a 500`, async () => {
      const keys = keysOf(target.schema);
      for (const key of keys) {
        for (const value of WRONG_VALUES) await expectNo500(target, { body: { [key]: value } }, `${key}=${JSON.stringify(value).slice(0, 40)}`);
      }
      for (const value of WRONG_VALUES) {
        const body = Object.fromEntries(keys.map((key) => [key, value]));
        await expectNo500(target, { body }, `every field = ${JSON.stringify(value).slice(0, 40)}`);
      }
    });
  }

  it("answers 413 for a body over 64 KB, with or without a Content-Length", async () => {
    const big = JSON.stringify({ name: "z".repeat(65 * 1024) });
    const response = await api.call("POST", "/api/v1/components", { rawBody: big });
    expect(response.status).toBe(413);
    expect(response.body.error).toMatchObject({ code: "payload_too_large", message: expect.stringContaining("64 KB") });
  });

  it("answers 422 with fields for wrong values in a valid object", async () => {
    const response = await api.call("POST", "/api/v1/incidents", {
      body: { name: 5, status: "exploding", components: [], deliver_notifications: "yes" },
    });
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.error.fields).sort()).toEqual(["components", "deliver_notifications", "name", "status"]);
  });


  it("answers 422 for a NUL character, which PostgreSQL cannot store", async () => {
    const response = await api.call("POST", "/api/v1/components", { body: { name: "bad\u0000name" } });
    expect(response.status).toBe(422);
    expect(response.body.error.fields).toEqual({ name: "must not contain the NUL character" });
  });
});

// Regression: JSON nested ~7,000 levels deep (14 KB) overflowed the stack with a 500.
describe("deeply nested JSON", () => {
  const deep = `{"name":${"[".repeat(7_000)}${"]".repeat(7_000)}}`;
  for (const target of targets) {
    it(`${target.method} ${target.path} answers 400 for JSON nested 7,000 levels deep`, async () => {
      const response = await api.call(target.method, target.path, { params: paramsOf(target.path), rawBody: deep });
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({ code: "bad_request", message: expect.stringContaining("nested") });
    });
  }
});

// Regression: a lone UTF-16 surrogate was stored as invalid UTF-8 on SQLite (three U+FFFD came back, one on PostgreSQL).
describe("lone surrogates", () => {
  for (const [label, name] of [["high", "a\\ud800b"], ["low", "\\udc00"], ["reversed pair", "\\udc00\\ud800"]] as const) {
    it(`answers 422 naming the field for a lone ${label} surrogate, and stores nothing`, async () => {
      const response = await api.call("POST", "/api/v1/components", { rawBody: `{"name":"${name}","description":"ok"}` });
      expect(response.status).toBe(422);
      expect(response.body.error.fields).toEqual({ name: "must not contain a lone UTF-16 surrogate" });
      const list = await api.call("GET", "/api/v1/components");
      expect(JSON.stringify(list.body)).not.toContain("\ufffd");
    });
  }

  it("refuses one in a nested field too, naming its path", async () => {
    const response = await api.call("POST", "/api/v1/incidents", { rawBody: `{"name":"x","components":{"${ids.component}":"major_outage"},"incident_update":{"body":"\\ud83d"}}` });
    expect([400, 422]).toContain(response.status);
    expect(JSON.stringify(response.body.error)).toContain("surrogate");
  });

  it("keeps emoji (well-formed surrogate pairs) as they are", async () => {
    const response = await api.call("POST", "/api/v1/components", { rawBody: '{"name":"Pager \\ud83d\\udca5"}' });
    expect(response.status).toBe(201);
    expect(response.body.name).toBe("Pager 💥");
  });
});

describe("bad path ids", () => {
  const weird = ["", " ", "x".repeat(5000), "../../etc/passwd", "\u0000", "💥", "null", "%2F"];
  const paths: [HttpMethod, string][] = [
    ["GET", "/api/v1/components/{id}"],
    ["DELETE", "/api/v1/components/{id}"],
    ["GET", "/api/v1/component-groups/{id}"],
    ["DELETE", "/api/v1/component-groups/{id}"],
    ["GET", "/api/v1/incidents/{id}"],
    ["DELETE", "/api/v1/incidents/{id}"],
    ["GET", "/api/v1/incidents/{id}/updates/{updateId}"],
  ];
  for (const [method, path] of paths) {
    it(`${method} ${path} answers 404 for ids that name nothing`, async () => {
      for (const id of weird) {
        const response = await api.call(method, path, { params: { id, updateId: id } });
        expect(response.status, JSON.stringify(id)).toBe(404);
      }
    });
  }
});
