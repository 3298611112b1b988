import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  SqlQueryable,
  SqlResultSet,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { DatabaseBusyError } from "../errors";
import { AsyncLock, type Release } from "./async-lock";
import { retryWhileBusy, WRITE_WAIT_MS } from "./wait-for-writes";

// The SQLite connection as Prisma sees it, built on the better-sqlite3 adapter with three
// changes. No busy timeout: better-sqlite3 waits for a lock synchronously, freezing the event
// loop (5 s per write, issue 9); a busy statement is retried asynchronously instead, up to
// WRITE_WAIT_MS. Transactions begin IMMEDIATE (see startTransaction). And a transaction that
// cannot begin releases this connection's lock, which the adapter's own startTransaction does
// not (Prisma's upstream defect: every later transaction failed with P2028 until a restart).

/** better-sqlite3's SQLITE_BUSY (and its extended codes), as the adapter reports it. */
export function isSqliteBusy(error: unknown): boolean {
  if (!(error instanceof Error) || error.name !== "DriverAdapterError") return false;
  const cause = (error as Error & { cause?: { kind?: string; originalCode?: string } }).cause;
  return cause?.kind === "SocketTimeout" && (cause.originalCode ?? "").startsWith("SQLITE_BUSY");
}

const BEGIN: SqlQuery = { sql: "BEGIN IMMEDIATE", args: [], argTypes: [] };

/** Runs a statement, retrying it while the file is locked by another connection. */
function patient<T>(run: () => Promise<T>, onBusy?: () => void): Promise<T> {
  return retryWhileBusy(run, { deadline: Date.now() + WRITE_WAIT_MS, isBusy: isSqliteBusy, onBusy });
}

class SqliteTransaction implements Transaction {
  readonly provider = "sqlite";
  readonly adapterName: string;
  // Prisma sends COMMIT and ROLLBACK itself, through executeRaw; commit() only lets go.
  readonly options = { usePhantomQuery: false };

  constructor(
    private readonly connection: SqlQueryable,
    private readonly release: Release,
  ) {
    this.adapterName = connection.adapterName;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return patient(() => this.connection.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return patient(() => this.connection.executeRaw(query));
  }

  async commit(): Promise<void> {
    this.release();
  }

  async rollback(): Promise<void> {
    this.release();
  }

  async createSavepoint(name: string): Promise<void> {
    await this.executeRaw({ sql: `SAVEPOINT ${name}`, args: [], argTypes: [] });
  }

  async rollbackToSavepoint(name: string): Promise<void> {
    await this.executeRaw({ sql: `ROLLBACK TO ${name}`, args: [], argTypes: [] });
  }

  async releaseSavepoint(name: string): Promise<void> {
    await this.executeRaw({ sql: `RELEASE SAVEPOINT ${name}`, args: [], argTypes: [] });
  }
}

export class SqliteAdapter implements SqlDriverAdapter {
  readonly provider = "sqlite";
  readonly adapterName: string;
  readonly #lock = new AsyncLock();
  /** A transaction of ours is waiting for another process to let go of the write lock. */
  #beginBlocked = false;
  #probe: Database.Database | undefined;

  constructor(
    private readonly connection: SqlDriverAdapter,
    private readonly filePath: string,
  ) {
    this.adapterName = connection.adapterName;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return patient(() => this.connection.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return patient(() => this.connection.executeRaw(query));
  }

  executeScript(script: string): Promise<void> {
    return patient(() => this.connection.executeScript(script));
  }

  /**
   * BEGIN IMMEDIATE rather than the adapter's deferred BEGIN: a transaction that reads and
   * then writes cannot upgrade a stale WAL snapshot and would fail at its first write when
   * another process wrote in between; taking the write lock up front makes it wait instead.
   */
  async startTransaction(isolationLevel?: string): Promise<Transaction> {
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") {
      throw new Error(`SQLite has no isolation level ${isolationLevel}; its transactions are serializable`);
    }
    const deadline = Date.now() + WRITE_WAIT_MS;
    const release = await this.#lock.acquire(deadline, () => new DatabaseBusyError());
    try {
      await retryWhileBusy(() => this.connection.executeRaw(BEGIN), {
        deadline,
        isBusy: isSqliteBusy,
        onBusy: () => (this.#beginBlocked = true),
      });
    } catch (error) {
      release();
      throw error;
    } finally {
      this.#beginBlocked = false;
    }
    return new SqliteTransaction(this.connection, release);
  }

  /**
   * Whether a write could start now, without waiting: takes and gives back the write lock.
   * While one of our own transactions holds it the database is writable (we are writing).
   */
  canStartWrite(): boolean {
    const release = this.#lock.tryAcquire();
    if (!release) return !this.#beginBlocked;
    // A connection of its own, so no query of ours can slip into the probe's transaction.
    this.#probe ??= new Database(this.filePath, { timeout: 0, fileMustExist: true });
    try {
      this.#probe.exec("BEGIN IMMEDIATE");
      this.#probe.exec("ROLLBACK");
      return true;
    } catch (error) {
      if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY")) return false;
      throw error;
    } finally {
      release();
    }
  }

  getConnectionInfo() {
    return this.connection.getConnectionInfo?.() ?? { supportsRelationJoins: false };
  }

  dispose(): Promise<void> {
    this.#probe?.close();
    this.#probe = undefined;
    return this.connection.dispose();
  }
}

/** Prisma's adapter factory for a SQLite file: one connection, opened without a busy timeout. */
export class SqliteAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider = "sqlite";
  readonly adapterName: string;
  readonly #upstream: PrismaBetterSqlite3;
  readonly #filePath: string;
  /** The open connection, once Prisma has connected (the health check probes through it). */
  adapter: SqliteAdapter | null = null;

  constructor(filePath: string) {
    this.#filePath = filePath;
    this.#upstream = new PrismaBetterSqlite3({ url: filePath, timeout: 0 });
    this.adapterName = this.#upstream.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    this.adapter = new SqliteAdapter(await this.#upstream.connect(), this.#filePath);
    return this.adapter;
  }
}
