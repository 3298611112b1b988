import path from "node:path";
import { ConfigError } from "../errors";

// Pure parsing, shared by lib/db.ts, prisma.config.ts and the CLI: no database access here.

export const DEFAULT_DATABASE_URL = "file:./data/beacon.db";

export type DatabaseProvider = "sqlite" | "postgresql";

export type DatabaseTarget =
  | { provider: "sqlite"; url: string; filePath: string }
  | { provider: "postgresql"; url: string };

export class DatabaseUrlError extends Error {
  override name = "DatabaseUrlError";
}

/**
 * Reads a DATABASE_URL: `file:<path>` selects the embedded SQLite database (a relative path
 * is taken from `cwd`), `postgres://` or `postgresql://` selects PostgreSQL.
 */
export function parseDatabaseUrl(url: string, cwd: string = process.cwd()): DatabaseTarget {
  const trimmed = url.trim();
  if (trimmed.startsWith("file:")) {
    const location = trimmed.slice("file:".length).replace(/^\/\/(?=\/)/, "").split("?")[0];
    if (!location) throw new DatabaseUrlError("DATABASE_URL names no file after \"file:\"");
    if (location === ":memory:") {
      throw new DatabaseUrlError("DATABASE_URL may not be an in-memory database: Beacon must keep its data");
    }
    return { provider: "sqlite", url: trimmed, filePath: path.resolve(cwd, location) };
  }
  if (/^postgres(ql)?:\/\//.test(trimmed)) {
    try {
      new URL(trimmed);
    } catch {
      throw new DatabaseUrlError("DATABASE_URL is not a valid postgres:// URL");
    }
    return { provider: "postgresql", url: trimmed };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1];
  throw new DatabaseUrlError(
    scheme
      ? `DATABASE_URL uses "${scheme}:", which Beacon does not support; use file:<path> (SQLite) or postgres://... (PostgreSQL)`
      : "DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL)",
  );
}

/** The URL in effect: DATABASE_URL when set and not blank, else the embedded default. */
export function databaseUrlFromEnv(env: Record<string, string | undefined> = process.env): string {
  const value = env.DATABASE_URL?.trim();
  return value ? value : DEFAULT_DATABASE_URL;
}

/** The database DATABASE_URL selects (the embedded SQLite file when unset). */
export function databaseTarget(source: Record<string, string | undefined> = process.env): DatabaseTarget {
  try {
    return parseDatabaseUrl(databaseUrlFromEnv(source));
  } catch (error) {
    if (error instanceof DatabaseUrlError) throw new ConfigError(error.message);
    throw error;
  }
}
