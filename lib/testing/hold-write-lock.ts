import { spawn } from "node:child_process";
import { once } from "node:events";
import { parseDatabaseUrl } from "../database/url";

// Another process that holds the database's write lock, as a CLI command, a backup or a
// person in the sqlite3/psql shell can: SQLite's BEGIN EXCLUSIVE on the file, or on
// PostgreSQL an EXCLUSIVE lock on the named tables (reads go on, writes wait).

export type WriteLock = {
  /** Commits the holder's transaction and waits for the process to exit. */
  release(): Promise<void>;
};

const sqliteHolder = `
  const Database = require("better-sqlite3");
  const db = new Database(process.argv[1], { timeout: 10000 });
  db.exec("BEGIN EXCLUSIVE");
  process.stdout.write("locked\\n");
  const end = () => { db.exec("COMMIT"); db.close(); process.exit(0); };
  process.stdin.once("data", end);
  setTimeout(end, Number(process.argv[2]));`;

const postgresHolder = `
  const pg = require("pg");
  const client = new pg.Client({ connectionString: process.argv[1] });
  const tables = JSON.parse(process.argv[3]).map((name) => '"' + name + '"').join(", ");
  (async () => {
    await client.connect();
    await client.query("BEGIN");
    await client.query("LOCK TABLE " + tables + " IN EXCLUSIVE MODE");
    process.stdout.write("locked\\n");
    const end = async () => { await client.query("COMMIT"); await client.end(); process.exit(0); };
    process.stdin.once("data", end);
    setTimeout(end, Number(process.argv[2]));
  })().catch((error) => { console.error(error); process.exit(1); });`;

/**
 * Starts a process that takes the write lock and resolves once it holds it. The lock is let go
 * on `release()` or after `maxMs` at the latest, so a failing test cannot leave it behind.
 * `tables` are the PostgreSQL tables to lock (SQLite has one lock for the whole file).
 */
export async function holdWriteLock(url: string, { tables, maxMs = 60_000 }: { tables: string[]; maxMs?: number }): Promise<WriteLock> {
  const target = parseDatabaseUrl(url);
  const args =
    target.provider === "sqlite"
      ? ["-e", sqliteHolder, target.filePath, String(maxMs)]
      : ["-e", postgresHolder, target.url, String(maxMs), JSON.stringify(tables)];
  const child = spawn(process.execPath, args, { stdio: ["pipe", "pipe", "inherit"] });
  // Never outlive the test run, even when it fails before releasing.
  const stop = () => child.kill();
  process.once("exit", stop);
  const exited = once(child, "exit");
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("locked")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`the lock holder exited with ${code} before taking the lock`)));
  });
  return {
    async release() {
      if (child.exitCode === null) child.stdin.write("go\n");
      await exited;
      process.off("exit", stop);
    },
  };
}
