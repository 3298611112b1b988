import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { commandLineActor } from "../../../lib/auth/actor";
import { createSession } from "../../../lib/auth/create-session";
import { signIn } from "../../../lib/auth/sign-in";
import { createUser } from "../../../lib/users/create-user";
import { SESSION_COOKIE } from "../../../web/session/request-session";
import { getDb } from "../../../lib/db";
import { ConflictError } from "../../../lib/errors";
import { withTestDatabase } from "../../../lib/testing/with-test-database";
import { createApiToken } from "../../../lib/tokens/create-api-token";
import { revokeApiToken } from "../../../lib/tokens/revoke-api-token";
import { type ApiClient, createApiClient } from "../../../web/rest/testing/api-client";
import { HTTP_METHODS } from "../../../web/rest/testing/route-table";
import { GET } from "./components/route";
import { withApiToken } from "../../../web/rest/with-api-token";

const db = withTestDatabase();
let api: ApiClient;
beforeAll(async () => {
  api = await createApiClient("auth tests");
});
afterEach(() => vi.restoreAllMocks());

const list = (token: string | null, headers?: Record<string, string>) =>
  api.call("GET", "/api/v1/components", { token, headers });

describe("bearer authentication", () => {
  it("accepts a live token", async () => {
    expect((await list(api.token)).status).toBe(200);
  });

  it("refuses no token, asking for a bearer token", async () => {
    const response = await list(null);
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe("unauthorized");
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="beacon"');
  });

  it("refuses an unknown or malformed token and says it is invalid", async () => {
    for (const authorization of ["Bearer bcn_unknown", "Basic dXNlcjpwYXNz", `Token ${api.token}`, "Bearer"]) {
      const response = await list(null, { authorization });
      expect(response.status, authorization).toBe(401);
      expect(response.headers.get("www-authenticate")).toContain('error="invalid_token"');
    }
  });

  it("refuses a revoked token and an expired one", async () => {
    const revoked = await createApiToken(commandLineActor, { name: "revoked" });
    expect((await list(revoked.token)).status).toBe(200);
    await revokeApiToken(commandLineActor, { id: revoked.id });
    expect((await list(revoked.token)).status).toBe(401);

    const expired = await createApiToken(commandLineActor, { name: "expired" });
    await db().apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await list(expired.token)).status).toBe(401);
  });

  it("refuses a valid dashboard session, as a cookie or as a bearer token", async () => {
    const user = await db().user.create({ data: { email: "owner@example.com", passwordHash: "x", role: "owner" } });
    const session = await createSession(user.id);
    const cookie = `${SESSION_COOKIE}=${session.token}`;
    expect((await list(null, { cookie })).status).toBe(401);
    expect((await list(session.token)).status).toBe(401);
    const write = await api.call("POST", "/api/v1/components", { token: null, headers: { cookie }, body: { name: "CSRF" } });
    expect(write.status).toBe(401);
    expect(await db().component.count({ where: { name: "CSRF" } })).toBe(0);
  });

  it("guards every documented operation but the public ones (the document, a heartbeat's secret URL)", async () => {
    const publicAnswers: Record<string, number> = { "/api/v1/openapi.json": 200, "/api/v1/heartbeats/{secret}": 404 };
    for (const [path, methods] of Object.entries(api.doc.paths)) {
      for (const method of HTTP_METHODS.filter((m) => methods[m.toLowerCase()])) {
        const body = method === "GET" || method === "DELETE" ? undefined : {};
        const response = await api.call(method, path, { token: null, params: { id: "x", updateId: "y", secret: "hb_not-a-real-secret-at-all" }, body });
        expect(response.status, `${method} ${path}`).toBe(publicAnswers[path] ?? 401);
      }
    }
  });
});

describe("withApiToken error mapping", () => {
  const call = async (handler: () => Promise<Response>) => {
    const route = withApiToken(handler);
    const request = new Request("http://localhost/api/v1/test", {
      method: "POST",
      headers: { authorization: `Bearer ${api.token}` },
      body: JSON.stringify({ secret: "body-secret-value" }),
    });
    const response = await route(request);
    return { status: response.status, body: await response.json(), headers: response.headers };
  };

  it("answers a ConflictError with 409", async () => {
    const response = await call(async () => {
      throw new ConflictError("It changed meanwhile");
    });
    expect(response).toMatchObject({ status: 409, body: { error: { code: "conflict", message: "It changed meanwhile" } } });
  });

  it("answers a record that vanished mid-write (Prisma P2025) with 404, not 500", async () => {
    const response = await call(async () => {
      await getDb().component.update({ where: { id: "gone" }, data: { name: "x" } });
      return new Response(null);
    });
    expect(response.status).toBe(404);
  });

  it("hides a bug behind a generic 500 and logs it without the token or the body", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await call(async () => {
      throw new Error("database exploded");
    });
    expect(response.status).toBe(500);
    expect(response.body).toEqual({ error: { code: "internal", message: "Something went wrong on our side." } });
    expect(response.headers.get("cache-control")).toBe("no-store");
    const line = logged.mock.calls.map((args) => args.join(" ")).join("\n");
    expect(line).toContain("database exploded");
    expect(line).toContain("/api/v1/test");
    expect(line).not.toContain(api.token);
    expect(line).not.toContain("body-secret-value");
  });
});

describe("repeated invalid tokens", () => {
  it("get 429 with Retry-After after 10 failures from one address, while other addresses still get 401", async () => {
    const call = (ip: string) =>
      GET(new Request("http://127.0.0.1/api/v1/components", { headers: { authorization: "Bearer bcn_guess", "x-beacon-client-ip": ip } }));
    for (let attempt = 0; attempt < 10; attempt += 1) expect((await call("203.0.113.50")).status).toBe(401);
    const refused = await call("203.0.113.50");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await refused.json()).toMatchObject({ error: { code: "rate_limited", message: expect.stringMatching(/Try again in \d+ minutes?/) } });
    expect((await call("203.0.113.51")).status).toBe(401);
  });

  const withIp = (ip: string, authorization: string) =>
    GET(new Request("http://127.0.0.1/api/v1/components", { headers: { authorization, "x-beacon-client-ip": ip } }));

  // Regression: ten bad tokens from an address made that address's valid token get 429.
  it("never refuse a valid token from the same address", async () => {
    const ip = "203.0.113.60";
    for (let attempt = 0; attempt < 11; attempt += 1) await withIp(ip, "Bearer bcn_guess");
    expect((await withIp(ip, "Bearer bcn_guess")).status).toBe(429);
    expect((await withIp(ip, `Bearer ${api.token}`)).status).toBe(200);
  });

  // Regression: bad tokens were stored as sign-in failures, so the address's sign-in page said "Too many failed attempts".
  it("are counted apart from sign-ins", async () => {
    const ip = "203.0.113.61";
    await createUser(commandLineActor, { email: "api-neighbour@example.com", password: "the right password" });
    for (let attempt = 0; attempt < 12; attempt += 1) await withIp(ip, "Bearer bcn_guess");
    expect(await db().loginAttempt.count({ where: { ip } })).toBe(0);
    expect(await db().apiTokenFailure.count({ where: { ip } })).toBe(10);
    const signedIn = await signIn({ email: "api-neighbour@example.com", password: "the right password", ip });
    expect(signedIn.status).toBe("ok");
  });

  // Regression: on PostgreSQL, parallel requests all passed the check before any was recorded.
  it("hold their limit when 30 arrive at once", async () => {
    const responses = await Promise.all(Array.from({ length: 30 }, () => withIp("203.0.113.62", "Bearer bcn_guess")));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(20);
  });
});
