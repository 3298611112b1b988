// One wasm SchemaEngine per process, built on first use, with the calls the wasm build gets
// wrong routed to the workarounds.
import fs from "node:fs";
import {
  createAdapterFactory,
  createDatabase,
  executeScript,
  parseTarget,
  providerOfDatamodels,
} from "./datasource.mjs";
import { UserFacingError } from "./errors.mjs";
import { loadWasmEngine } from "./wasm.mjs";
import { dropLeftoverShadowDatabases } from "./workarounds-postgres.mjs";
import { resetDatabase, withMigrationsTable } from "./workarounds-sqlite.mjs";

const NO_SHADOW_FACTORY = /shadow DB must be provided through an external factory/;

/**
 * Defect 6: `evaluateDataLoss` and `createMigration` read the schema the migrations produce
 * from a cache that only `diagnoseMigrationHistory` fills (with the shadow database). When
 * `migrate dev` first applies pending migrations, the cache misses and the call fails with
 * "... shadow DB must be provided through an external factory". Fill it, then retry.
 */
async function warmingShadowSchemaCache(engine, method, params) {
  try {
    return await engine[method](params);
  } catch (error) {
    const retry = ["evaluateDataLoss", "createMigration"].includes(method) && params.migrationsList;
    if (!retry || !NO_SHADOW_FACTORY.test(error?.message ?? "")) throw error;
    const filters = params.filters ?? { externalTables: [], externalEnums: [] };
    const { migrationsList } = params;
    await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: true, filters });
    return engine[method](params);
  }
}

export class EngineHost {
  /**
   * @param {{ datamodelPaths: string[], datasource?: { url?: string, shadowDatabaseUrl?: string },
   *   log: (line: string) => void }} options
   */
  constructor({ datamodelPaths, datasource, log }) {
    this.datamodels = datamodelPaths.map((file) => [file, fs.readFileSync(file, "utf8")]);
    this.datasource = datasource ?? {};
    this.log = log;
    this.target = undefined;
    this.factory = undefined;
    this.engine = undefined;
    this.poisoned = undefined;
  }

  /** The database the calls go to. Without a URL (e.g. `migrate diff` from schema files
   * only), an in-memory SQLite or an unconnected PostgreSQL pool stands in. */
  resolveTarget() {
    if (this.target) return this.target;
    if (this.datasource.url) {
      this.target = parseTarget(this.datasource.url);
    } else if (providerOfDatamodels(this.datamodels) === "postgresql") {
      this.target = parseTarget("postgres://localhost:5432/postgres");
    } else {
      this.target = { provider: "sqlite", url: "file::memory:", filePath: ":memory:" };
    }
    return this.target;
  }

  get errorRegistry() {
    return this.factory?.errorRegistry;
  }

  /** After a wasm panic no engine method is safe to call again (wasm-bindgen's rule). */
  poison(message) {
    this.poisoned = message;
  }

  async getEngine() {
    if (this.poisoned) {
      throw new UserFacingError(undefined, `The schema engine stopped after an internal error: ${this.poisoned}`);
    }
    if (this.engine) return this.engine;
    const { SchemaEngine } = await loadWasmEngine();
    const target = this.resolveTarget();
    if (!["sqlite", "postgresql"].includes(target.provider)) {
      throw new UserFacingError(undefined, `This schema engine stand-in supports SQLite and PostgreSQL only.`);
    }
    this.factory = createAdapterFactory(target, this.datasource.shadowDatabaseUrl);
    // The engine's own tracing lines are already in the format the CLI reads from stderr.
    // An empty list makes the wasm panic (psl::validate_multi_file); `migrate diff` sends none.
    const datamodels = this.datamodels.length > 0 ? this.datamodels : undefined;
    this.engine = await SchemaEngine.new({ datamodels }, (line) => this.log(line), this.factory);
    return this.engine;
  }

  /** Runs one JSON-RPC method; resolves with its result or rejects with the engine's error. */
  async call(method, params) {
    const target = this.resolveTarget();
    const sqliteFile = target.provider === "sqlite" && target.filePath !== ":memory:" ? target.filePath : null;
    switch (method) {
      case "getDatabaseVersion":
        return (await this.getEngine()).version(params ?? undefined);
      case "createDatabase":
        await createDatabase(target);
        return { databaseName: target.database ?? target.filePath };
      case "dbExecute":
        // The wasm build cannot open `{ tag: "url" }` datasources; the drivers run scripts as is.
        if (params?.datasourceType?.tag === "url") {
          await executeScript(parseTarget(params.datasourceType.url), params.script);
          return {};
        }
        break;
      case "reset":
        if (sqliteFile) {
          resetDatabase(sqliteFile, params?.filter, () => this.factory?.sqliteConnection()); // defect 3
          return {};
        }
        break;
      case "debugPanic":
        throw new UserFacingError(undefined, "debugPanic is not supported by the schema engine stand-in.");
      default:
    }
    const engine = await this.getEngine();
    if (typeof engine[method] !== "function") {
      throw new UserFacingError(undefined, `Unknown schema engine method: ${method}`);
    }
    const run = () => warmingShadowSchemaCache(engine, method, params ?? {});
    const connection = () => this.factory?.sqliteConnection();
    // Defect 1 (SQLite): the calls that read `_prisma_migrations` need it to exist.
    const result = sqliteFile ? await withMigrationsTable(sqliteFile, method, run, connection) : await run();
    return result ?? {};
  }

  /** Closes connections and drops shadow databases left behind. */
  async dispose() {
    await this.factory?.closeAll();
    await dropLeftoverShadowDatabases();
  }
}
