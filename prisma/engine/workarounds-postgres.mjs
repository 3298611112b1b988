// Workarounds for defects of the wasm schema engine / pg adapter on PostgreSQL
// (numbered as in README.md). Each is needed by 7.10.x; re-check them on a Prisma upgrade.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import pg from "pg";

const CHAR_OID = 18; // Postgres' internal one-byte "char" type (pg_class.relkind, ...)
const TEXT_OID = 25;

function reportCharAsText(result) {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const field of r?.fields ?? []) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}

/**
 * Defect 5: the engine's catalogue queries return `"char"` columns, which the pg adapter
 * cannot map ("Column type 'char' could not be deserialized"). Their values already arrive
 * as strings, so the column type is reported as text once the rows are parsed.
 */
export class CharAsTextClient extends pg.Client {
  query(config, values, callback) {
    if (typeof config?.submit === "function") return super.query(config, values, callback);
    const cb = typeof values === "function" ? values : callback;
    if (typeof cb === "function") {
      const vals = typeof values === "function" ? undefined : values;
      return super.query(config, vals, (error, result) => cb(error, error ? result : reportCharAsText(result)));
    }
    return super.query(config, values).then(reportCharAsText);
  }
}

/** Pool/client config for a URL. A config object (not a string) so `Client` can be set. */
export function pgPoolConfig(url) {
  return { connectionString: url, Client: CharAsTextClient };
}

const quote = (name) => `"${name.replaceAll('"', '""')}"`;

/** Runs statements one by one (CREATE/DROP DATABASE cannot share a query) on a new connection. */
async function onMaintenanceConnection(url, ...statements) {
  const client = new CharAsTextClient({ connectionString: url });
  client.on("error", () => {});
  try {
    await client.connect();
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Drops a database, first by force (PostgreSQL 13+), else politely with a few retries. */
async function dropDatabase(url, name) {
  try {
    await onMaintenanceConnection(url, `DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`);
    return;
  } catch (error) {
    if (error?.code !== "42601") throw error; // 42601: no WITH (FORCE) before PostgreSQL 13
  }
  for (let attempt = 0; ; attempt++) {
    try {
      await onMaintenanceConnection(url, `DROP DATABASE IF EXISTS ${quote(name)}`);
      return;
    } catch (error) {
      if (error?.code !== "55006" || attempt >= 20) throw error; // 55006: still in use
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Shadow databases this process created and has not dropped yet. */
const liveShadowDatabases = new Map();

/**
 * Defect 4: `PrismaPg.connectToShadowDb` drops the shadow database before closing the pool
 * connected to it, so the DROP fails ("being accessed by other users") and the database
 * leaks. This creates and drops it itself, closing the pool first.
 */
export function withOwnShadowDatabase(factory, target, shadowUrl) {
  const options = target.schema ? { schema: target.schema } : undefined;
  factory.connectToShadowDb = async () => {
    // A configured shadowDatabaseUrl is the user's own database: use it as it is.
    if (shadowUrl) return new PrismaPg(pgPoolConfig(shadowUrl), options).connect();
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    // The comment names the database it shadows, so a leak can be traced (the tests use it).
    const comment = `shadow of ${target.database}`.replaceAll("'", "''");
    liveShadowDatabases.set(name, target.url);
    await onMaintenanceConnection(
      target.url,
      `CREATE DATABASE ${quote(name)}`,
      `COMMENT ON DATABASE ${quote(name)} IS '${comment}'`,
    );
    const shadow = new URL(target.url);
    shadow.pathname = `/${name}`;
    if (target.schema) {
      await onMaintenanceConnection(shadow.toString(), `CREATE SCHEMA IF NOT EXISTS ${quote(target.schema)}`);
    }
    const adapter = await new PrismaPg(pgPoolConfig(shadow.toString()), options).connect();
    const closePool = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await closePool();
      await dropShadowDatabase(name);
    };
    return adapter;
  };
  return factory;
}

async function dropShadowDatabase(name) {
  const url = liveShadowDatabases.get(name);
  if (url === undefined) return;
  liveShadowDatabases.delete(name);
  await dropDatabase(url, name);
}

/** Drops shadow databases the engine did not dispose of (e.g. after a failed command). */
export async function dropLeftoverShadowDatabases() {
  await Promise.allSettled([...liveShadowDatabases.keys()].map(dropShadowDatabase));
}

const PROBE = /^SELECT EXISTS\(SELECT 1 FROM pg_namespace WHERE nspname = \$1\), version\(\)/;
const OFFLINE_KINDS = new Set(["DatabaseNotReachable", "DatabaseDoesNotExist", "SocketTimeout"]);

/**
 * Unlike the native engine, the wasm one queries the server as soon as it is built, so
 * `migrate diff --from-empty --to-schema ...` would fail without a reachable database. When
 * that first probe cannot connect, it is answered as if by PostgreSQL 16; any later query
 * that needs the database still fails with the real error.
 */
export function answerProbeWhenOffline(adapter) {
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    try {
      return await queryRaw(query);
    } catch (error) {
      if (!PROBE.test(query.sql) || !OFFLINE_KINDS.has(error?.cause?.kind)) throw error;
      return {
        columnNames: ["exists", "version", "numeric_version"],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, "PostgreSQL 16.0 (not reachable; assumed by the schema engine stand-in)", 160000]],
      };
    }
  };
  return adapter;
}
