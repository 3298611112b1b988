import { databaseUnavailable } from "../../lib/database/database-unavailable";
import { AppError } from "../../lib/errors";
import { log } from "../../lib/log";

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

/** A body over the size limit: 413, which AppError's codes have no word for. */
export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super("bad_request", `The request body is larger than ${Math.round(limitBytes / 1024)} KB`);
  }
}

const statusOfCode: Record<string, [number, ApiErrorCode]> = {
  bad_request: [400, "bad_request"],
  unauthorized: [401, "unauthorized"],
  forbidden: [403, "forbidden"],
  not_found: [404, "not_found"],
  conflict: [409, "conflict"],
  validation: [422, "validation"],
  rate_limited: [429, "rate_limited"],
};

/** The answer for an expected error; null when the error is a bug (or a config problem) instead. */
export function expectedErrorResponse(error: unknown): Response | null {
  if (error instanceof PayloadTooLargeError) return errorResponse(413, "payload_too_large", error.message);
  if (error instanceof AppError) {
    const mapped = statusOfCode[error.code];
    if (!mapped) return null;
    const [status, code] = mapped;
    const fields = code === "validation" ? (error.fields ?? {}) : undefined;
    return errorResponse(status, code, error.message, { fields });
  }
  return unavailableResponse(error) ?? prismaErrorResponse(error);
}

/** A busy or unreachable database: 503 and when to try again, never a 500 (nothing was saved). */
function unavailableResponse(error: unknown): Response | null {
  const unavailable = databaseUnavailable(error);
  if (!unavailable) return null;
  log.warn("api request refused: database unavailable", { reason: unavailable.message });
  const headers = { "Retry-After": String(unavailable.retryAfterSeconds) };
  return errorResponse(503, "unavailable", unavailable.message, { headers });
}

/**
 * Database errors that a race between two callers causes, not a bug: the row went away between
 * a check and a write, or two writers collided. Duck-typed: both generated clients share it.
 */
function prismaErrorResponse(error: unknown): Response | null {
  if (!(error instanceof Error) || error.name !== "PrismaClientKnownRequestError") return null;
  const code = (error as Error & { code?: unknown }).code;
  if (code === "P2025") return errorResponse(404, "not_found", "It was deleted meanwhile");
  if (code === "P2002" || code === "P2034") return errorResponse(409, "conflict", "It was changed meanwhile; try again");
  return null;
}
