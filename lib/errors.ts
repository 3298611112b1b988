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

export function isExpectedError(error: unknown): error is AppError {
  return error instanceof AppError;
}
