// Expected failures carry a code and a message safe to show; anything else is a bug and is
// shown only as a generic message (see STYLE.md, "Errors").

export type ErrorCode =
  | "bad_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "validation"
  | "rate_limited"
  | "config";

export class AppError extends Error {
  override name = "AppError";
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;

  constructor(code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.code = code;
    this.fields = fields;
  }
}

export class NotFoundError extends AppError {
  constructor(message = "Not found") {
    super("not_found", message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You are not allowed to do that") {
    super("forbidden", message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super("conflict", message);
  }
}

export class ValidationError extends AppError {
  constructor(message: string, fields?: Record<string, string>) {
    super("validation", message, fields);
  }
}

/** Configuration that stops start-up: the message names the variable and the problem. */
export class ConfigError extends AppError {
  constructor(message: string) {
    super("config", message);
  }
}

export const DATABASE_BUSY_MESSAGE = "The database is busy; nothing was saved. Try again in a few seconds.";

/**
 * The database could not take a write in time (another process holds SQLite's write lock, the
 * PostgreSQL pool or a lock is exhausted). Nothing was written; trying again later is right.
 * Not an AppError: Prisma turns any error with a `code` into its own known-request error,
 * and this one must reach the caller as itself.
 */
export class DatabaseBusyError extends Error {
  override name = "DatabaseBusyError";
  /** How long a caller should wait before trying again (HTTP Retry-After). */
  readonly retryAfterSeconds: number;

  constructor(message = DATABASE_BUSY_MESSAGE, retryAfterSeconds = 5) {
    super(message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * By name as well as by class: the custom server and Next's bundles each hold a copy of this
 * module, and the database client (shared through globalThis) may throw the other copy's class.
 */
export function isDatabaseBusyError(error: unknown): error is DatabaseBusyError {
  return error instanceof DatabaseBusyError || (error instanceof Error && error.name === "DatabaseBusyError");
}

export function isExpectedError(error: unknown): error is AppError {
  return error instanceof AppError;
}
