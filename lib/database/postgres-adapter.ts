import { PrismaPg } from "@prisma/adapter-pg";
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  SqlQueryable,
  SqlResultSet,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { DatabaseBusyError } from "../errors";
import { WRITE_WAIT_MS } from "./wait-for-writes";

// The PostgreSQL connection pool as Prisma sees it: pg's pool and Prisma's adapter, with limits
// on waiting. Left alone, pg waits for a free pooled connection and PostgreSQL for a row or table
// lock for ever, so a write hung as long as the pool was exhausted or a lock was held elsewhere.
// Here either wait ends after a few seconds in DatabaseBusyError (a 503 with Retry-After).

/** A lock held elsewhere: the statement gives up after this, inside Prisma's 5 s transaction. */
export const PG_LOCK_TIMEOUT_MS = 4_000;

// lock_not_available (lock_timeout), query_canceled (statement_timeout), too_many_connections,
// cannot_connect_now (starting up or shutting down).
const BUSY_SQLSTATES = new Set(["55P03", "57014", "53300", "57P03"]);
const BUSY_KINDS = new Set(["TooManyConnections", "SocketTimeout"]);
// pg-pool's own errors carry no code: no free connection in time, or connecting took too long.
const POOL_TIMEOUTS = ["timeout exceeded when trying to connect", "Connection terminated due to connection timeout"];

export function isPostgresBusy(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (POOL_TIMEOUTS.includes(error.message)) return true;
  if (error.name !== "DriverAdapterError") return false;
  const cause = (error as Error & { cause?: { kind?: string; code?: string; originalCode?: string } }).cause;
  return BUSY_KINDS.has(cause?.kind ?? "") || BUSY_SQLSTATES.has(cause?.originalCode ?? cause?.code ?? "");
}

async function busyAware<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw isPostgresBusy(error) ? new DatabaseBusyError() : error;
  }
}

function guardQueries<Q extends SqlQueryable>(inner: Q) {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query: SqlQuery): Promise<SqlResultSet> => busyAware(() => inner.queryRaw(query)),
    executeRaw: (query: SqlQuery): Promise<number> => busyAware(() => inner.executeRaw(query)),
  };
}

function guardTransaction(inner: Transaction): Transaction {
  return {
    ...guardQueries(inner),
    options: inner.options,
    commit: () => inner.commit(),
    rollback: () => inner.rollback(),
    createSavepoint: (name) => busyAware(() => inner.createSavepoint!(name)),
    rollbackToSavepoint: (name) => busyAware(() => inner.rollbackToSavepoint!(name)),
    releaseSavepoint: (name) => busyAware(() => inner.releaseSavepoint!(name)),
  };
}

function guardAdapter(inner: SqlDriverAdapter): SqlDriverAdapter {
  return {
    ...guardQueries(inner),
    executeScript: (script) => busyAware(() => inner.executeScript(script)),
    startTransaction: async (isolationLevel?: IsolationLevel) =>
      guardTransaction(await busyAware(() => inner.startTransaction(isolationLevel))),
    getConnectionInfo: () => inner.getConnectionInfo?.() ?? { supportsRelationJoins: false },
    dispose: () => inner.dispose(),
  };
}

export class PostgresAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName: string;
  readonly #upstream: PrismaPg;

  constructor(connectionString: string) {
    this.#upstream = new PrismaPg({
      connectionString,
      connectionTimeoutMillis: WRITE_WAIT_MS,
      lock_timeout: PG_LOCK_TIMEOUT_MS,
    });
    this.adapterName = this.#upstream.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return guardAdapter(await this.#upstream.connect());
  }
}
