// The database behind `--datasource '{"url": ...}'`: which provider, where it is, and the
// driver adapter factory the wasm engine talks through (with the defect workarounds applied).
import fs from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import Database from "better-sqlite3";
import pg from "pg";
import { UserFacingError, classifyDriverError } from "./errors.mjs";
import { answerProbeWhenOffline, pgPoolConfig, withOwnShadowDatabase } from "./workarounds-postgres.mjs";
import { runMultiStatementSqlAsScript } from "./workarounds-sqlite.mjs";

/**
 * Describes the database a URL names. `cwd` is the folder of prisma.config.ts, from which
 * the CLI expects relative `file:` paths to resolve.
 */
export function parseTarget(url, cwd = process.cwd()) {
  if (typeof url !== "string" || url.trim() === "") {
    throw new UserFacingError(undefined, "The datasource URL is empty. See https://pris.ly/d/config-url");
  }
  const trimmed = url.trim();
  if (trimmed.startsWith("file:")) {
    const location = decodeURIComponent(trimmed.slice(5).replace(/^\/\/(?=\/)/, "").split("?")[0]);
    return { provider: "sqlite", url: trimmed, filePath: path.resolve(cwd, location) };
  }
  if (/^postgres(ql)?:\/\//.test(trimmed)) {
    const parsed = new URL(trimmed);
    // libpq and Prisma default to the "postgres" database; pg would use the user's name.
    if (parsed.pathname === "" || parsed.pathname === "/") parsed.pathname = "/postgres";
    return {
      provider: "postgresql",
      url: parsed.toString(),
      host: parsed.hostname || "localhost",
      port: Number(parsed.port || 5432),
      user: decodeURIComponent(parsed.username) || process.env.PGUSER || process.env.USER || "postgres",
      database: decodeURIComponent(parsed.pathname.slice(1)),
      schema: parsed.searchParams.get("schema") ?? undefined,
    };
  }
  throw new UserFacingError(
    undefined,
    `The datasource URL must start with file: (SQLite) or postgres:// (PostgreSQL); got "${trimmed.split(":")[0]}:"`,
  );
}

/** The same server and options, another database. */
export function withDatabase(target, database) {
  const parsed = new URL(target.url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parseTarget(parsed.toString());
}

/** The provider named by the first datamodel's datasource block, when no URL was given. */
export function providerOfDatamodels(datamodels) {
  for (const [, content] of datamodels) {
    const block = /datasource\s+\w+\s*\{([^}]*)\}/.exec(content)?.[1];
    const provider = block && /provider\s*=\s*"([^"]+)"/.exec(block)?.[1];
    if (provider) return provider === "postgres" ? "postgresql" : provider;
  }
  return "sqlite";
}

/**
 * The adapter factory handed to `SchemaEngine.new`, bound so adapter exceptions are kept in
 * its `errorRegistry`. `shadowUrl` is the config's optional shadowDatabaseUrl. It also keeps
 * the adapters it opened: `sqliteConnection()` returns the engine's own better-sqlite3
 * handle (the engine locks the file exclusively, so workarounds must use that handle) and
 * `closeAll()` closes them all.
 */
export function createAdapterFactory(target, shadowUrl) {
  const opened = [];
  let main;
  let factory;
  if (target.provider === "sqlite") {
    const shadowDatabaseUrl = shadowUrl ? parseTarget(shadowUrl).filePath : undefined;
    factory = new PrismaBetterSqlite3({ url: target.filePath }, { shadowDatabaseUrl });
    const connectToShadowDb = factory.connectToShadowDb.bind(factory);
    // The CLI creates the file before every command that needs it; the others (`migrate
    // diff` from files) must not create it, nor fail when its folder is missing.
    factory.connect = async () => {
      const url = fs.existsSync(target.filePath) ? target.filePath : ":memory:";
      main = runMultiStatementSqlAsScript(await new PrismaBetterSqlite3({ url }).connect());
      return main;
    };
    factory.connectToShadowDb = async () => runMultiStatementSqlAsScript(await connectToShadowDb());
  } else {
    const options = target.schema ? { schema: target.schema } : undefined;
    factory = withOwnShadowDatabase(new PrismaPg(pgPoolConfig(target.url), options), target, shadowUrl);
    const connect = factory.connect.bind(factory);
    factory.connect = async () => answerProbeWhenOffline(await connect());
  }
  for (const method of ["connect", "connectToShadowDb"]) {
    const open = factory[method].bind(factory);
    factory[method] = async () => {
      const adapter = await open();
      const dispose = adapter.dispose.bind(adapter);
      let closed;
      adapter.dispose = () => (closed ??= dispose());
      opened.push(adapter);
      return adapter;
    };
  }
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  bound.sqliteConnection = () => (main?.client?.open ? main.client : undefined);
  bound.closeAll = () => Promise.allSettled(opened.map((adapter) => adapter.dispose()));
  return bound;
}

/** Opens and closes one plain `pg` connection to `target`, returning what `run` returns. */
export async function withPgClient(target, run) {
  const client = new pg.Client({ ...pgPoolConfig(target.url), connectionTimeoutMillis: 10_000 });
  client.on("error", () => {}); // a dropped connection is reported by the failing query
  try {
    await client.connect();
    return await run(client);
  } catch (error) {
    throw classifyDriverError(error, target) ?? error;
  } finally {
    await client.end().catch(() => {});
  }
}

/** `schema-engine cli can-connect-to-database`. Throws a UserFacingError when it cannot. */
export async function canConnect(target) {
  if (target.provider === "sqlite") {
    if (!fs.existsSync(target.filePath)) throw classifyDriverError({ code: "SQLITE_CANTOPEN" }, target);
    new Database(target.filePath, { fileMustExist: true }).close();
    return;
  }
  await withPgClient(target, (client) => client.query("SELECT 1"));
}

/** `schema-engine cli create-database`, as the native engine does it. */
export async function createDatabase(target) {
  if (target.provider === "sqlite") {
    fs.mkdirSync(path.dirname(target.filePath), { recursive: true });
    new Database(target.filePath).close();
    return;
  }
  const quoted = `"${target.database.replaceAll('"', '""')}"`;
  try {
    await withPgClient(withDatabase(target, "postgres"), (c) => c.query(`CREATE DATABASE ${quoted}`));
  } catch (error) {
    // The "postgres" database may be missing or forbidden; template1 always exists.
    if (!(error instanceof UserFacingError) || !["P1003", "P1010"].includes(error.code)) throw error;
    await withPgClient(withDatabase(target, "template1"), (c) => c.query(`CREATE DATABASE ${quoted}`));
  }
}

/** `dbExecute`: runs a script as the drivers' multi-statement APIs do (`db execute`). */
export async function executeScript(target, script) {
  if (target.provider === "sqlite") {
    const db = new Database(target.filePath, { fileMustExist: true });
    try {
      db.exec(script);
    } finally {
      db.close();
    }
    return;
  }
  await withPgClient(target, (client) => client.query(script));
}
