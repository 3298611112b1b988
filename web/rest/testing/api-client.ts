import { expect } from "vitest";
import { commandLineActor } from "../../../lib/auth/actor";
import { createApiToken } from "../../../lib/tokens/create-api-token";
import { expectMatchesOpenApi, type OpenApiDoc } from "./expect-matches-openapi";
import { type HttpMethod, routeHandler } from "./route-table";

// Calls /api/v1 route handlers the way Next does (a Request and a params promise) and checks
// every answer against the served OpenAPI document. For *.db.test.ts files only.

export type ApiCall = {
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
  // Sent as is instead of `body` (malformed JSON, huge bodies).
  rawBody?: string | Uint8Array;
  // The bearer token; null sends no Authorization header. The client's own token by default.
  token?: string | null;
  headers?: Record<string, string>;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ApiResult = { status: number; headers: Headers; body: any };

/** Calls the handler of `method` for the documented `path` (e.g. "/api/v1/components/{id}"). */
export async function callRoute(method: HttpMethod, path: string, call: ApiCall = {}): Promise<ApiResult> {
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(call.params?.[name] ?? ""));
  const headers: Record<string, string> = { ...call.headers };
  if (call.token) headers.authorization = `Bearer ${call.token}`;
  const payload = call.rawBody ?? (call.body === undefined ? undefined : JSON.stringify(call.body));
  if (payload !== undefined) headers["content-type"] ??= "application/json";
  const request = new Request(`http://localhost${url}${call.query ? `?${call.query}` : ""}`, {
    method,
    headers,
    body: payload as BodyInit | undefined,
  });
  const response = await routeHandler(method, path)(request, { params: Promise.resolve(call.params ?? {}) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === "" ? undefined : JSON.parse(text) };
}

export async function loadOpenApiDoc(): Promise<OpenApiDoc> {
  const response = await callRoute("GET", "/api/v1/openapi.json");
  expect(response.status).toBe(200);
  return response.body as OpenApiDoc;
}

export type ApiClient = {
  token: string;
  tokenId: string;
  doc: OpenApiDoc;
  call: (method: HttpMethod, path: string, call?: ApiCall) => Promise<ApiResult>;
};

/** A client with a fresh real token whose every answer is checked against the document. */
export async function createApiClient(name = "test bot"): Promise<ApiClient> {
  const { id, token } = await createApiToken(commandLineActor, { name });
  const doc = await loadOpenApiDoc();
  const call = async (method: HttpMethod, path: string, apiCall: ApiCall = {}): Promise<ApiResult> => {
    const result = await callRoute(method, path, { token, ...apiCall });
    expect(result.headers.get("cache-control")).toBe("no-store");
    if (result.status !== 204) expect(result.headers.get("content-type")).toBe("application/json; charset=utf-8");
    if (result.status === 401) expect(result.headers.get("www-authenticate")).toMatch(/^Bearer /);
    expectMatchesOpenApi(doc, path, method, result.status, result.body);
    return result;
  };
  return { token, tokenId: id, doc, call };
}
