import { createServer } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getEnv } from "../../../lib/env";
import { listen } from "../../../lib/monitors/check/test-server";
import { withTestDatabase } from "../../../lib/testing/with-test-database";
import { type ApiClient, createApiClient } from "../../../web/rest/testing/api-client";
import type { HttpMethod } from "../../../web/rest/testing/route-table";

withTestDatabase();
let api: ApiClient;
let componentId: string;
let badGateway: { port: number; close: () => Promise<void> };
beforeAll(async () => {
  api = await createApiClient("monitors tests");
  componentId = (await api.call("POST", "/api/v1/components", { body: { name: "Monitored" } })).body.id;
  badGateway = await listen(createServer((_request, response) => response.writeHead(502).end("upstream gone")));
});
afterAll(async () => {
  await badGateway?.close();
});

const LIST = "/api/v1/monitors";
const ONE = "/api/v1/monitors/{id}";
const SECRET = "Bearer s3cr3t-api-value";

const contract = () => ({
  name: "API health",
  url: "https://api.example.com/health",
  component_id: componentId,
  interval_seconds: 60,
  timeout_ms: 5_000,
  failure_threshold: 3,
  success_threshold: 2,
});

async function create(body: Record<string, unknown> = {}) {
  const response = await api.call("POST", LIST, { body: { ...contract(), ...body } });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

describe("monitors", () => {
  it("creates one from the snake_case contract, with the defaults and where to read it back", async () => {
    const created = await api.call("POST", LIST, { body: contract() });
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    expect(created.headers.get("location")).toBe(`/api/v1/monitors/${id}`);
    expect(created.body).toMatchObject({
      ...contract(),
      method: "GET",
      up_statuses: "200-399",
      header_names: [],
      keyword: null,
      keyword_mode: null,
      paused: false,
      show_chart: true,
      state: "unknown",
      last_checked_at: null,
      incident_id: null,
    });
    expect((await api.call("GET", ONE, { params: { id } })).body).toEqual(created.body);
    const list = await api.call("GET", LIST);
    expect(list.status).toBe(200);
    expect(list.body.monitors).toContainEqual(created.body);
  });

  it("never answers with a header's value, only its name", async () => {
    const created = await api.call("POST", LIST, { body: { ...contract(), headers: { Authorization: SECRET, "X-Trace": "t-1" } } });
    expect(created.status).toBe(201);
    expect(created.body.header_names).toEqual(["Authorization", "X-Trace"]);
    const params = { id: created.body.id };
    const patched = await api.call("PATCH", ONE, { params, body: { name: "Renamed" } });
    const answers = [created, await api.call("GET", ONE, { params }), await api.call("GET", LIST), patched];
    for (const answer of answers) expect(JSON.stringify(answer.body)).not.toContain("s3cr3t");
    expect(patched.body.header_names).toEqual(["Authorization", "X-Trace"]);

    const replaced = await api.call("PATCH", ONE, { params, body: { headers: { "X-Other": SECRET } } });
    expect(replaced.body.header_names).toEqual(["X-Other"]);
    expect(JSON.stringify(replaced.body)).not.toContain("s3cr3t");
  });

  it("changes only the fields a PATCH sends", async () => {
    const monitor = await create({ method: "HEAD", interval_seconds: 30, headers: { "X-Key": "k" }, keyword: "Welcome", show_chart: false });
    const params = { id: monitor.id };
    const patched = await api.call("PATCH", ONE, { params, body: { paused: true } });
    expect(patched.status).toBe(200);
    const { paused: _paused, updated_at: _updated, ...rest } = monitor;
    expect(patched.body).toMatchObject({ ...rest, paused: true });
    expect(patched.body).toMatchObject({ interval_seconds: 30, method: "HEAD", header_names: ["X-Key"], keyword_mode: "present", show_chart: false });

    const cleared = await api.call("PATCH", ONE, { params, body: { keyword: null } });
    expect(cleared.body).toMatchObject({ keyword: null, keyword_mode: null, paused: true, interval_seconds: 30 });
    expect((await api.call("PATCH", ONE, { params, body: {} })).status).toBe(422);
  });

  it("refuses bad input naming the field as the API spells it", async () => {
    const floor = getEnv().BEACON_MIN_CHECK_INTERVAL_SECONDS;
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ interval_seconds: floor - 1, timeout_ms: 100 }, "interval_seconds", new RegExp(`at least ${floor}`)],
      [{ interval_seconds: 10, timeout_ms: 20_000 }, "timeout_ms", /longer than the interval/],
      [{ component_id: "no-such-component" }, "component_id", /no component/],
      [{ url: "ftp://example.com/" }, "url", /http:\/\/ or https:\/\//],
      [{ up_statuses: "200-" }, "up_statuses", /./],
      [{ json_path: "status" }, "json_expected", /both/],
      [{ method: "PUT" }, "method", /GET, HEAD or POST/],
      [{ intervalSeconds: 30 }, "intervalSeconds", /did you mean interval_seconds/],
      [{ state: "up" }, "state", /not a field/],
    ];
    for (const [change, field, message] of cases) {
      const response = await api.call("POST", LIST, { body: { ...contract(), ...change } });
      expect(response.status, field).toBe(422);
      expect(response.body.error, field).toMatchObject({ code: "validation", fields: { [field]: expect.stringMatching(message) } });
      expect(response.body.error.message, field).toMatch(new RegExp(`^${field} `));
      // lib's camelCase names must not leak, unless the caller sent one.
      if (field === field.toLowerCase()) expect(JSON.stringify(response.body.error), field).not.toMatch(/[a-z][A-Z]/);
    }
    expect((await api.call("POST", LIST, { body: { name: "Nameless" } })).body.error.fields).toMatchObject({ url: expect.any(String), component_id: expect.any(String) });
  });

  it("refuses a PATCH that breaks the whole, in the API's names, and changes nothing", async () => {
    const monitor = await create({ interval_seconds: 30, timeout_ms: 20_000 });
    const params = { id: monitor.id };
    const tooShort = await api.call("PATCH", ONE, { params, body: { interval_seconds: getEnv().BEACON_MIN_CHECK_INTERVAL_SECONDS - 1, timeout_ms: 100 } });
    expect(tooShort.status).toBe(422);
    expect(tooShort.body.error).toMatchObject({ fields: { interval_seconds: expect.any(String) }, message: expect.stringMatching(/^interval_seconds /) });
    // Left as it is, the stored 20 s timeout is longer than the new interval.
    const shorter = await api.call("PATCH", ONE, { params, body: { interval_seconds: 15 } });
    expect(shorter.body.error.fields).toHaveProperty("timeout_ms");
    const longer = await api.call("PATCH", ONE, { params, body: { timeout_ms: 40_000 } });
    expect(longer.status).toBe(422);
    expect(longer.body.error).toMatchObject({ fields: { timeout_ms: expect.stringMatching(/longer than the interval/) }, message: expect.stringMatching(/^timeout_ms /) });
    expect((await api.call("PATCH", ONE, { params, body: { timeoutMs: 1_000 } })).body.error.fields).toHaveProperty("timeoutMs");
    expect((await api.call("GET", ONE, { params })).body).toMatchObject({ interval_seconds: 30, timeout_ms: 20_000 });
  });

  it("answers 404 for a monitor that does not exist, and deletes with 204", async () => {
    for (const id of ["nope", "x".repeat(5000)]) {
      expect((await api.call("GET", ONE, { params: { id } })).status).toBe(404);
      expect((await api.call("PATCH", ONE, { params: { id }, body: { paused: true } })).status).toBe(404);
      expect((await api.call("POST", `${ONE}/check`, { params: { id } })).status).toBe(404);
    }
    const monitor = await create();
    expect((await api.call("DELETE", ONE, { params: { id: monitor.id } })).status).toBe(204);
    expect((await api.call("GET", ONE, { params: { id: monitor.id } })).status).toBe(404);
    expect((await api.call("DELETE", ONE, { params: { id: monitor.id } })).status).toBe(404);
  });

  it("checks one now against a real server and answers with the outcome", async () => {
    // A local address on purpose: monitors may watch private hosts.
    const monitor = await create({ url: `http://127.0.0.1:${badGateway.port}/health`, interval_seconds: 30, timeout_ms: 10_000 });
    const checked = await api.call("POST", `${ONE}/check`, { params: { id: monitor.id } });
    expect(checked.status).toBe(200);
    expect(checked.body.outcome).toMatchObject({ monitor_id: monitor.id, state: "unknown", failures: 1, successes: 0, transition: "none", incident_id: null });
    expect(checked.body.outcome.message).toContain("502");
    const after = await api.call("GET", ONE, { params: { id: monitor.id } });
    expect(after.body).toMatchObject({ last_message: checked.body.outcome.message, last_checked_at: expect.any(String) });
  }, 60_000);

  it("answers 409 to a check of a monitor that is being checked", async () => {
    let arrived!: () => void;
    const requested = new Promise<void>((resolve) => (arrived = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const slow = await listen(
      createServer((_request, response) => {
        arrived();
        void released.then(() => response.writeHead(200).end("ok"));
      }),
    );
    try {
      const monitor = await create({ url: `http://127.0.0.1:${slow.port}/`, interval_seconds: 30, timeout_ms: 20_000 });
      const first = api.call("POST", `${ONE}/check`, { params: { id: monitor.id } });
      await requested;
      const second = await api.call("POST", `${ONE}/check`, { params: { id: monitor.id } });
      expect(second.status).toBe(409);
      expect(second.body.error.code).toBe("conflict");
      release();
      expect((await first).body.outcome).toMatchObject({ state: "up", successes: 1 });
    } finally {
      release();
      await slow.close();
    }
  }, 60_000);

  it("answers wrong types in every field without a 500", async () => {
    const monitor = await create();
    const wrong: unknown[] = [null, 42, -1.5, true, "", "x".repeat(5000), [], ["a"], {}, { nested: { deeper: 1 } }];
    for (const key of Object.keys(contract()).concat("method", "headers", "up_statuses", "keyword_mode", "json_path", "degraded_after_ms", "paused")) {
      for (const value of wrong) {
        const label = `${key}=${JSON.stringify(value).slice(0, 30)}`;
        const created = await api.call("POST", LIST, { body: { ...contract(), [key]: value } });
        expect(created.status, `POST ${label}`).toBeLessThan(500);
        const patched = await api.call("PATCH", ONE, { params: { id: monitor.id }, body: { [key]: value } });
        expect(patched.status, `PATCH ${label}`).toBeLessThan(500);
      }
    }
  });

  it("answers 401 without a token", async () => {
    const calls: [HttpMethod, string][] = [["GET", LIST], ["POST", LIST], ["GET", ONE], ["PATCH", ONE], ["DELETE", ONE], ["POST", `${ONE}/check`]];
    for (const [method, path] of calls) {
      const body = method === "POST" || method === "PATCH" ? contract() : undefined;
      const response = await api.call(method, path, { token: null, params: { id: "any" }, body });
      expect(response.status, `${method} ${path}`).toBe(401);
    }
  });
});
