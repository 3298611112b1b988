import { log } from "../../lib/log";
import { expectedFailure } from "../expected-failure";

// Every /api/v1 answer is JSON that no cache may keep: it is per-token and changes with each write.

export const API_PREFIX = "/api/v1";

const JSON_HEADERS = {
  "Content-Type": "application/json; charset=utf-8",
  "Cache-Control": "no-store",
} as const;

export const API_ERROR_CODES = [
  "bad_request",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "payload_too_large",
  "validation",
  "rate_limited",
  "unavailable",
  "internal",
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export type ApiErrorBody = { error: { code: ApiErrorCode; message: string; fields?: Record<string, string> } };

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...JSON_HEADERS, ...headers } });
}

/** 201 with the new object and where it can be read back (a path on this server). */
export function createdResponse(body: unknown, location: string): Response {
  return jsonResponse(201, body, { Location: location });
}

export function noContentResponse(): Response {
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}

export function errorResponse(
  status: number,
  code: ApiErrorCode,
  message: string,
  options: { fields?: Record<string, string>; headers?: Record<string, string> } = {},
): Response {
  const body: ApiErrorBody = { error: { code, message, ...(options.fields ? { fields: options.fields } : {}) } };
  return jsonResponse(status, body, options.headers);
}

export const INTERNAL_ERROR_MESSAGE = "Something went wrong on our side.";

/** The answer for an expected error; null when the error is a bug (or a config problem) instead. */
export function expectedErrorResponse(error: unknown): Response | null {
  const failure = expectedFailure(error);
  if (!failure) return null;
  const { status, code, message } = failure;
  if (code === "unavailable") {
    // A busy or unreachable database: 503 and when to try again, never a 500 (nothing was saved).
    log.warn("api request refused: database unavailable", { reason: message });
    return errorResponse(status, code, message, { headers: { "Retry-After": String(failure.retryAfterSeconds) } });
  }
  return errorResponse(status, code, message, { fields: code === "validation" ? (failure.fields ?? {}) : undefined });
}
