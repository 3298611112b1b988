// Workarounds for defects of the wasm schema engine / better-sqlite3 adapter on SQLite
// (numbered as in README.md). Each is needed by 7.10.0; re-check them on a Prisma upgrade.
import fs from "node:fs";
import Database from "better-sqlite3";

// The native engine's DDL for its bookkeeping table on SQLite (sql-schema-connector).
const MIGRATIONS_TABLE_DDL = `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/** The RPC methods that read `_prisma_migrations` and fail with P1014 when it is missing. */
export const METHODS_NEEDING_MIGRATIONS_TABLE = new Set([
  "applyMigrations",
  "devDiagnostic",
  "diagnoseMigrationHistory",
  "markMigrationApplied",
  "markMigrationRolledBack",
]);
// Of those, the ones that only read: a table created just for them is dropped afterwards.
const READ_ONLY = new Set(["devDiagnostic", "diagnoseMigrationHistory"]);

/**
 * Runs `run` with a better-sqlite3 handle: the engine's own when it has one open (once it
 * has written, it holds the file's lock exclusively, as the native engine does), else a new one.
 */
function withHandle(filePath, run, engineConnection) {
  const own = engineConnection?.();
  if (own) return run(own);
  const db = new Database(filePath, { fileMustExist: true });
  try {
    return run(db);
  } finally {
    db.close();
  }
}

const hasMigrationsTable = (db) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get() !== undefined;

/**
 * Defect 1: on a database without `_prisma_migrations` the wasm build fails with P1014
 * instead of treating it as a fresh database. Runs `call` with the table present, as the
 * native engine would see it, and restores "no table" after read-only calls.
 */
export async function withMigrationsTable(filePath, method, call, engineConnection) {
  if (!METHODS_NEEDING_MIGRATIONS_TABLE.has(method) || !fs.existsSync(filePath)) return call();
  const created = withHandle(filePath, (db) => {
    if (hasMigrationsTable(db)) return false;
    db.exec(MIGRATIONS_TABLE_DDL);
    return true;
  }, engineConnection);
  if (!created) return call();
  try {
    const result = await call();
    // The native engine reports a missing table as such (migrate status words it differently).
    if (method === "diagnoseMigrationHistory" && result && typeof result === "object") {
      result.hasMigrationsTable = false;
    }
    return result;
  } finally {
    if (READ_ONLY.has(method)) {
      withHandle(filePath, (db) => {
        const empty = hasMigrationsTable(db) && !db.prepare('SELECT 1 FROM "_prisma_migrations" LIMIT 1').get();
        if (empty) db.exec('DROP TABLE "_prisma_migrations"');
      }, engineConnection);
    }
  }
}

/**
 * Defect 2: replaying migrations into the shadow database, the engine sends a whole
 * migration.sql as one statement, which better-sqlite3's prepare() rejects (P3006
 * "contains more than one statement"). Such a parameterless call is run as a script instead.
 */
export function runMultiStatementSqlAsScript(adapter) {
  for (const method of ["executeRaw", "queryRaw"]) {
    const original = adapter[method].bind(adapter);
    adapter[method] = async (query) => {
      try {
        return await original(query);
      } catch (error) {
        if (query.args?.length || !/more than one statement/.test(error?.message ?? "")) throw error;
        await adapter.executeScript(query.sql);
        return method === "executeRaw" ? 0 : { columnNames: [], columnTypes: [], rows: [] };
      }
    };
  }
  return adapter;
}

/**
 * Defect 3: the wasm `reset` deletes rows but keeps the tables, so re-applying the migrations
 * fails ("table X already exists"). The native engine empties the file; this drops every
 * schema object instead, which leaves the same empty database while connections stay open.
 * Tables named in the config's `tables.external` are kept, as the native engine does.
 */
export function resetDatabase(filePath, filter, engineConnection) {
  if (!fs.existsSync(filePath)) return;
  const keep = new Set(filter?.externalTables ?? []);
  withHandle(filePath, (db) => {
    const foreignKeys = db.pragma("foreign_keys", { simple: true });
    db.pragma("foreign_keys = OFF");
    const objects = db
      .prepare("SELECT type, name, tbl_name FROM sqlite_master WHERE type IN ('view', 'table', 'trigger')")
      .all()
      .filter(({ name, tbl_name }) => !name.startsWith("sqlite_") && !keep.has(tbl_name));
    const order = { trigger: 0, view: 1, table: 2 };
    objects.sort((a, b) => order[a.type] - order[b.type]);
    for (const { type, name } of objects) {
      db.exec(`DROP ${type.toUpperCase()} IF EXISTS "${name.replaceAll('"', '""')}"`);
    }
    const hasSequence = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").get();
    if (hasSequence) db.exec("DELETE FROM sqlite_sequence");
    db.exec("VACUUM");
    db.pragma(`foreign_keys = ${foreignKeys ? "ON" : "OFF"}`);
  }, engineConnection);
}
