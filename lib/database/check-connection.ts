import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { DatabaseTarget } from "./url";

// Start-up checks the database before anything else, so a wrong URL or a stopped server
// ends in one sentence naming the problem instead of a stack trace from deep inside Prisma.

export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

function describePgError(error: unknown, url: URL): string {
  const where = `PostgreSQL at ${url.hostname}:${url.port || "5432"}`;
  const { code, message } = error as { code?: string; message?: string };
  switch (code) {
    case "ECONNREFUSED":
      return `cannot reach ${where}: connection refused (is the server running?)`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `cannot reach ${where}: host "${url.hostname}" not found`;
    case "ETIMEDOUT":
      return `cannot reach ${where}: timed out`;
    case "28P01":
    case "28000":
      return `${where} refused the credentials for user "${decodeURIComponent(url.username)}"`;
    case "3D000":
      return `${where} has no database "${url.pathname.slice(1)}"`;
    default:
      return `cannot use ${where}: ${message ?? String(error)}`;
  }
}

export async function checkConnection(target: DatabaseTarget, { allowMissingDatabase = false } = {}): Promise<void> {
  if (target.provider === "sqlite") {
    try {
      fs.mkdirSync(path.dirname(target.filePath), { recursive: true });
      const db = new Database(target.filePath, { timeout: 5_000 });
      // Write-ahead logging (kept in the file once set): readers never wait for a writer, so
      // the public page keeps rendering while the CLI or another process writes.
      db.pragma("journal_mode = WAL");
      db.prepare("select 1").get();
      db.close();
    } catch (error) {
      throw new DatabaseUnavailableError(`cannot open the SQLite database ${target.filePath}: ${(error as Error).message}`);
    }
    return;
  }
  const url = new URL(target.url);
  const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    // migrate deploy creates a missing database, so on start-up that case is not fatal.
    if (allowMissingDatabase && (error as { code?: string }).code === "3D000") return;
    throw new DatabaseUnavailableError(describePgError(error, url));
  } finally {
    await client.end().catch(() => {});
  }
}
