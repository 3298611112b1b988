import Database from "better-sqlite3";
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deriveSchema } from "../derive-schemas";

// Runs the real Prisma CLI through the schema engine stand-in (prisma/engine/schema-engine)
// on the database named by BEACON_TEST_DB. Every test makes its own database, so a Prisma
// upgrade that breaks the stand-in, or a schema change without a migration, fails here.

type Provider = "sqlite" | "postgresql";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PRISMA_CLI = path.join(ROOT, "node_modules", "prisma", "build", "index.js");
const ENGINE = path.join(ROOT, "prisma", "engine", "schema-engine");
const PG_ADMIN_URL = process.env.BEACON_TEST_PG_URL ?? "postgres://root@127.0.0.1:5432/postgres";
const CLI_TIMEOUT = 120_000;

const PROVIDER: Provider = (() => {
  const value = process.env.BEACON_TEST_DB ?? "sqlite";
  if (value !== "sqlite" && value !== "postgresql") {
    throw new Error(`BEACON_TEST_DB must be sqlite or postgresql, not "${value}"`);
  }
  return value;
})();
const MIGRATIONS = path.join(ROOT, "prisma", "migrations", PROVIDER);
const SOURCE_SCHEMA = fs.readFileSync(path.join(ROOT, "prisma", "schema.prisma"), "utf8");

const tempDirs: string[] = [];
const pgDatabases: string[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-engine-"));
  tempDirs.push(dir);
  return dir;
}

function listMigrations(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The table each model maps to (its name, or its @@map). */
function expectedTables(schema: string): string[] {
  return [...schema.matchAll(/^model\s+(\w+)\s*\{([^}]*)\}/gm)].map(
    ([, name, body]) => /@@map\(\s*"([^"]+)"/.exec(body ?? "")?.[1] ?? (name as string),
  );
}

async function withPg<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    const { host } = new URL(url);
    throw new Error(
      `PostgreSQL is not reachable at ${host} (${(error as Error).message}); start it or set BEACON_TEST_PG_URL`,
    );
  }
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A database of this test's own: a SQLite file not created yet, or an empty PostgreSQL one. */
async function freshDatabase(): Promise<string> {
  if (PROVIDER === "sqlite") return `file:${path.join(tempDir(), "test.db")}`;
  const name = `beacon_t_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await withPg(PG_ADMIN_URL, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  pgDatabases.push(name);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function query<T extends Record<string, unknown>>(url: string, sql: string): Promise<T[]> {
  if (PROVIDER === "sqlite") {
    const db = new Database(url.slice("file:".length), { fileMustExist: true });
    try {
      const statement = db.prepare(sql);
      if (statement.reader) return statement.all() as T[];
      statement.run();
      return [];
    } finally {
      db.close();
    }
  }
  return withPg(url, async (client) => (await client.query(sql)).rows as T[]);
}

async function tables(url: string): Promise<string[]> {
  const sql =
    PROVIDER === "sqlite"
      ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
      : "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'";
  return (await query<{ name: string }>(url, sql)).map((row) => row.name).sort();
}

async function appliedMigrations(url: string): Promise<string[]> {
  const rows = await query<{ migration_name: string }>(
    url,
    'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
  );
  return rows.map((row) => row.migration_name).sort();
}

type CliResult = { code: number; output: string; stdout: string };

/** Runs `prisma <args>` with DATABASE_URL set; `cwd` is the project, or a throw-away copy. */
function prisma(args: string[], databaseUrl: string, cwd = ROOT): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PRISMA_SCHEMA_ENGINE_BINARY: ENGINE,
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    NO_COLOR: "1",
  };
  delete env.FORCE_COLOR;
  return new Promise((resolve) => {
    execFile(process.execPath, [PRISMA_CLI, ...args], { cwd, env, timeout: CLI_TIMEOUT }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({ code, stdout, output: `$ prisma ${args.join(" ")}\n${stdout}\n${stderr}` });
    });
  });
}

/** Writes this provider's schema (derived as prisma.config.ts does) into `dir`. */
function writeSchema(dir: string, extra = ""): string {
  const file = path.join(dir, "schema.prisma");
  fs.writeFileSync(file, deriveSchema(SOURCE_SCHEMA, PROVIDER) + extra);
  return file;
}

async function deployed(): Promise<string> {
  const url = await freshDatabase();
  const deploy = await prisma(["migrate", "deploy"], url);
  expect(deploy.code, deploy.output).toBe(0);
  return url;
}

beforeAll(async () => {
  // Fails every test with one clear line when PostgreSQL is down: never a silent skip.
  if (PROVIDER === "postgresql") await withPg(PG_ADMIN_URL, (admin) => admin.query("SELECT 1"));
});

afterAll(async () => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
  if (pgDatabases.length === 0) return;
  await withPg(PG_ADMIN_URL, async (admin) => {
    // The stand-in comments each shadow database with the database it shadows.
    const leaked = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%' " +
        "AND shobj_description(oid, 'pg_database') = ANY($1)",
      [pgDatabases.map((name) => `shadow of ${name}`)],
    );
    for (const name of [...leaked.rows.map((row) => row.datname), ...pgDatabases]) {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  });
});

describe(`Prisma migrate through the schema engine stand-in (${PROVIDER})`, { timeout: 90_000 }, () => {
  it("uses the wasm engine build the Prisma CLI expects", () => {
    const read = (pkg: string) =>
      JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", pkg, "package.json"), "utf8"));
    const expected: string = read("@prisma/engines-version").prisma.enginesVersion;
    const wasm: string = read("@prisma/schema-engine-wasm").version;
    expect(wasm.endsWith(`.${expected}`), `pin @prisma/schema-engine-wasm to a build ending .${expected}`).toBe(true);
  });

  it("migrate deploy creates every table on a fresh database", async () => {
    const url = await deployed();
    const present = await tables(url);
    for (const table of [...expectedTables(SOURCE_SCHEMA), "_prisma_migrations"]) {
      expect(present).toContain(table);
    }
    expect(await appliedMigrations(url)).toEqual(listMigrations(MIGRATIONS));
  });

  it("migrate status reports a deployed database as up to date", async () => {
    const url = await deployed();
    const status = await prisma(["migrate", "status"], url);
    expect(status.code, status.output).toBe(0);
    expect(status.output).toMatch(/Database schema is up to date/);
  });

  it("migrate reset --force leaves an empty database with every migration applied", async () => {
    const url = await deployed();
    await query(url, `INSERT INTO "Page" ("id", "name", "updatedAt") VALUES ('p1', 'Acme', CURRENT_TIMESTAMP)`);
    const reset = await prisma(["migrate", "reset", "--force"], url);
    expect(reset.code, reset.output).toBe(0);
    expect(await query(url, 'SELECT "id" FROM "Page"')).toEqual([]);
    expect(await tables(url)).toEqual(expect.arrayContaining(expectedTables(SOURCE_SCHEMA)));
    expect(await appliedMigrations(url)).toEqual(listMigrations(MIGRATIONS));
  });

  it("migrate dev turns a schema change into a second migration", async () => {
    const dir = tempDir();
    fs.cpSync(MIGRATIONS, path.join(dir, "migrations"), { recursive: true });
    writeSchema(dir, "\nmodel EngineTestProbe {\n  id    String @id\n  label String\n}\n");
    const config = path.join(dir, "prisma.config.mjs");
    fs.writeFileSync(
      config,
      'export default { schema: "schema.prisma", migrations: { path: "migrations" }, ' +
        "datasource: { url: process.env.DATABASE_URL } };\n",
    );
    const committed = listMigrations(MIGRATIONS);
    const url = await freshDatabase();

    const dev = await prisma(["migrate", "dev", "--name", "probe", "--config", config], url, dir);
    expect(dev.code, dev.output).toBe(0);
    const created = listMigrations(path.join(dir, "migrations")).filter((name) => !committed.includes(name));
    expect(created, dev.output).toHaveLength(1);
    const sql = fs.readFileSync(path.join(dir, "migrations", created[0] as string, "migration.sql"), "utf8");
    expect(sql).toMatch(/CREATE TABLE "EngineTestProbe"/);
    expect(await tables(url)).toContain("EngineTestProbe");
    expect(listMigrations(MIGRATIONS)).toEqual(committed); // the real folder is untouched

    const again = await prisma(["migrate", "dev", "--config", config], url, dir);
    expect(again.code, again.output).toBe(0);
    expect(again.output).toMatch(/Already in sync/);

    if (PROVIDER === "postgresql") {
      const name = new URL(url).pathname.slice(1);
      const leaked = await query(
        PG_ADMIN_URL,
        "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%' " +
          `AND shobj_description(oid, 'pg_database') = 'shadow of ${name}'`,
      );
      expect(leaked, "shadow databases left behind").toEqual([]);
    }
  });

  it("migrate diff --from-empty --to-schema --script prints the SQL", async () => {
    const schema = writeSchema(tempDir());
    const args = ["migrate", "diff", "--from-empty", "--to-schema", schema, "--script"];
    const diff = await prisma(args, await freshDatabase());
    expect(diff.code, diff.output).toBe(0);
    expect(diff.stdout).toMatch(/CREATE TABLE "Page"/);
    expect(diff.stdout).toMatch(/CREATE TABLE "IncidentUpdate"/);
  });

  it("the committed migrations produce exactly prisma/schema.prisma", async () => {
    const schema = writeSchema(tempDir());
    const args = ["migrate", "diff", "--from-migrations", MIGRATIONS, "--to-schema", schema, "--exit-code", "--script"];
    const diff = await prisma(args, await freshDatabase());
    // --exit-code: 0 = no difference, 2 = the schema changed without a migration.
    expect(
      diff.code,
      `prisma/schema.prisma differs from prisma/migrations/${PROVIDER}: create a migration with ` +
        `\`DATABASE_URL=<a ${PROVIDER} database> npx prisma migrate dev --name <change>\`.\n${diff.output}`,
    ).toBe(0);
  });
});
