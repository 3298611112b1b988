import Database from "better-sqlite3";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDatabaseClient, type Db } from "../database/client";
import { type DatabaseProvider, parseDatabaseUrl } from "../database/url";

// Each test file gets a database of its own: a fresh SQLite file, or a fresh PostgreSQL
// database that is dropped afterwards. Nothing is shared, so tests never see each other's rows.

export const TEST_PG_ADMIN_URL = process.env.BEACON_TEST_PG_URL ?? "postgres://root@127.0.0.1:5432/postgres";

export function testProvider(): DatabaseProvider {
  const value = process.env.BEACON_TEST_DB ?? "sqlite";
  if (value !== "sqlite" && value !== "postgresql") {
    throw new Error(`BEACON_TEST_DB must be sqlite or postgresql, not "${value}"`);
  }
  return value;
}

export type TestDatabase = { url: string; db: Db; drop: () => Promise<void> };

function migrationScripts(provider: DatabaseProvider): string[] {
  const folder = path.resolve("prisma", "migrations", provider);
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => fs.readFileSync(path.join(folder, name, "migration.sql"), "utf8"));
}

/** Opens an admin connection, failing with one line that says what to do. */
export async function connectPgAdmin(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: TEST_PG_ADMIN_URL });
  try {
    await client.connect();
  } catch (error) {
    const url = new URL(TEST_PG_ADMIN_URL);
    throw new Error(
      `PostgreSQL is not reachable at ${url.host} (${(error as Error).message}); start it or set BEACON_TEST_PG_URL`,
    );
  }
  return client;
}

/**
 * Creates an empty database and, unless `migrate` is false, applies the committed migrations'
 * SQL to it (quicker than the Prisma CLI; the CLI itself is tested in prisma/engine).
 */
export async function createTestDatabase({
  provider = testProvider(),
  migrate = true,
}: { provider?: DatabaseProvider; migrate?: boolean } = {}): Promise<TestDatabase> {
  const name = `beacon_t_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  if (provider === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-test-"));
    const file = path.join(dir, `${name}.db`);
    const raw = new Database(file);
    raw.pragma("journal_mode = WAL");
    if (migrate) for (const sql of migrationScripts(provider)) raw.exec(sql);
    raw.close();
    const url = `file:${file}`;
    const db = createDatabaseClient(parseDatabaseUrl(url));
    return {
      url,
      db,
      drop: async () => {
        await db.$disconnect();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const admin = await connectPgAdmin();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(TEST_PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const dropDatabase = async () => {
    const cleanup = await connectPgAdmin();
    await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await cleanup.end();
  };
  if (migrate) {
    const migrator = new pg.Client({ connectionString: url.toString() });
    try {
      await migrator.connect();
      for (const sql of migrationScripts(provider)) await migrator.query(sql);
    } catch (error) {
      await dropDatabase();
      throw error;
    } finally {
      await migrator.end().catch(() => {});
    }
  }
  const db = createDatabaseClient(parseDatabaseUrl(url.toString()));
  return {
    url: url.toString(),
    db,
    drop: async () => {
      await db.$disconnect();
      await dropDatabase();
    },
  };
}
