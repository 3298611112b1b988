// Turns driver, adapter and engine errors into the `{ error_code, message }` pairs the Prisma CLI
// prints, worded like the native engine's user-facing errors (P1000, P1001, P1003, ...).
import path from "node:path";

/** An error with a Prisma error code, reported to the CLI as a user-facing error. */
export class UserFacingError extends Error {
  constructor(code, message) {
    super(message);
    this.name = "UserFacingError";
    this.code = code;
  }
}

const at = (t) => `${t.host}:${t.port}`;

const MESSAGES = {
  P1000: (t) =>
    "Authentication failed against database server, the provided database credentials for " +
    `\`${t.user}\` are not valid.\n\n` +
    "Please make sure to provide valid database credentials for the database server at the configured address.",
  P1001: (t) =>
    `Can't reach database server at \`${at(t)}\`\n\nPlease make sure your database server is running at \`${at(t)}\`.`,
  P1002: (t) =>
    `The database server at \`${at(t)}\` was reached but timed out.\n\nPlease try again.\n\n` +
    `Please make sure your database server is running at \`${at(t)}\`.`,
  P1003: (t) =>
    t.provider === "sqlite"
      ? `Database \`${path.basename(t.filePath)}\` does not exist at \`${t.filePath}\``
      : `Database \`${t.database}\` does not exist on the database server at \`${at(t)}\`.`,
  P1009: (t) => `Database \`${t.database}\` already exists on the database server at \`${at(t)}\``,
  P1010: (t) => `User \`${t.user}\` was denied access on the database \`${t.database}\``,
};

const NETWORK_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);

/**
 * Classifies an error thrown by `pg`, `better-sqlite3` or a driver adapter (whose
 * DriverAdapterError carries `cause.kind`). Returns a UserFacingError, or null when unknown.
 */
export function classifyDriverError(error, target) {
  if (!error || typeof error !== "object") return null;
  if (error instanceof UserFacingError) return error;
  const kind = error.name === "DriverAdapterError" ? error.cause?.kind : undefined;
  const code = error.name === "DriverAdapterError" ? error.cause?.originalCode : error.code;
  const make = (c) => new UserFacingError(c, MESSAGES[c](target));
  if (kind === "DatabaseNotReachable" || NETWORK_CODES.has(code)) return make("P1001");
  if (kind === "SocketTimeout" || code === "ETIMEDOUT") return make("P1002");
  if (kind === "DatabaseDoesNotExist" || code === "3D000") return make("P1003");
  if (kind === "AuthenticationFailed" || code === "28P01") return make("P1000");
  if (kind === "DatabaseAccessDenied" || code === "28000") {
    return make(/role .* does not exist/.test(messageOf(error)) ? "P1000" : "P1010");
  }
  if (kind === "DatabaseAlreadyExists" || code === "42P04") return make("P1009");
  if (kind === "TlsConnectionError") {
    return new UserFacingError("P1011", `Error opening a TLS connection: ${error.cause.reason}`);
  }
  if (code === "SQLITE_CANTOPEN") return make("P1003");
  return null;
}

export function messageOf(error) {
  if (error?.name === "DriverAdapterError") {
    const cause = error.cause ?? {};
    return cause.originalMessage ?? cause.message ?? error.message ?? cause.kind;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * The wasm engine reports adapter exceptions as "External error id#N"; the original error
 * sits in the bound adapter factory's error registry. Looks it up so the user sees it.
 */
export function resolveExternalError(error, registry) {
  const id = /External error id#(\d+)/.exec(error?.message ?? "")?.[1];
  if (id === undefined || !registry) return undefined;
  return registry.consumeError(Number(id))?.error;
}

/** Builds the JSON-RPC `error` member for a failed call. Never a panic (see README). */
export function rpcError(error, { target, registry } = {}) {
  let code = typeof error?.code === "string" && /^P\d{4}$/.test(error.code) ? error.code : undefined;
  let message = messageOf(error);
  const original = resolveExternalError(error, registry);
  if (original !== undefined) {
    const known = target ? classifyDriverError(original, target) : null;
    code = known?.code ?? code;
    message = known?.message ?? message.replace(/External error id#\d+/, messageOf(original));
  } else if (!code && target) {
    const known = classifyDriverError(error, target);
    if (known) ({ code, message } = known);
  }
  // The wasm build loses the native engine's P3018 around a migration that failed to apply.
  const failed = !code && /apply_migration::apply_script\s+with migration_name="([^"]+)"/.exec(message);
  if (failed) {
    code = "P3018";
    message =
      "A migration failed to apply. New migrations cannot be applied before the error is recovered from. " +
      "Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve" +
      `\n\nMigration name: ${failed[1]}\n\nDatabase error:\n${message.split(/\n\s+0: /)[0].trim()}\n`;
  }
  const data = { is_panic: false, message, meta: {} };
  if (code) data.error_code = code;
  return { code: 4466, message: "An error happened. Check the data field for details.", data };
}

/** One stderr line in the native engine's tracing format, which the CLI parses. */
export function logLine(level, fields) {
  return JSON.stringify({
    timestamp: new Date().toISOString(),
    level,
    fields,
    target: "schema_engine::logger",
  });
}
