import { databaseUnavailable } from "../lib/database/database-unavailable";
import { AppError } from "../lib/errors";

// What a failure means to whoever sent the request, decided once for the REST API (the
// answer's status and code, web/rest/http.ts) and the dashboard's forms (the message shown,
// web/forms/form-state.ts). Null means a bug: logged, and shown only as a generic message.

export type ExpectedFailure = {
  status: number;
  code: "bad_request" | "unauthorized" | "forbidden" | "not_found" | "conflict" | "payload_too_large" | "validation" | "rate_limited" | "unavailable";
  message: string;
  fields?: Record<string, string>;
  /** For "unavailable" (the database is busy or away): nothing was saved; try again after this. */
  retryAfterSeconds?: number;
};

/** A body over the size limit: 413, which AppError's codes have no word for. */
export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super("bad_request", `The request body is larger than ${Math.round(limitBytes / 1024)} KB`);
  }
}

const statusOfCode: Record<string, [number, ExpectedFailure["code"]]> = {
  bad_request: [400, "bad_request"],
  unauthorized: [401, "unauthorized"],
  forbidden: [403, "forbidden"],
  not_found: [404, "not_found"],
  conflict: [409, "conflict"],
  validation: [422, "validation"],
  rate_limited: [429, "rate_limited"],
};

export function expectedFailure(error: unknown): ExpectedFailure | null {
  if (error instanceof PayloadTooLargeError) return { status: 413, code: "payload_too_large", message: error.message };
  if (error instanceof AppError) {
    const mapped = statusOfCode[error.code];
    if (!mapped) return null;
    const [status, code] = mapped;
    return { status, code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) };
  }
  const unavailable = databaseUnavailable(error);
  if (unavailable) return { status: 503, code: "unavailable", message: unavailable.message, retryAfterSeconds: unavailable.retryAfterSeconds };
  return raceFailure(error);
}

/**
 * Database errors that a race between two callers causes, not a bug: the row went away between
 * a check and a write, or two writers collided. Duck-typed: both generated clients share it.
 */
function raceFailure(error: unknown): ExpectedFailure | null {
  if (!(error instanceof Error) || error.name !== "PrismaClientKnownRequestError") return null;
  const code = (error as Error & { code?: unknown }).code;
  if (code === "P2025") return { status: 404, code: "not_found", message: "It was deleted meanwhile" };
  if (code === "P2002" || code === "P2034") return { status: 409, code: "conflict", message: "It was changed meanwhile; try again" };
  return null;
}
