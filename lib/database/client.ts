import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import fs from "node:fs";
import path from "node:path";
import { PrismaClient as PostgresClient } from "../../generated/postgresql/client/client.ts";
import { PrismaClient as SqliteClient } from "../../generated/sqlite/client/client.ts";
import type { DatabaseTarget } from "./url";

/**
 * Both generated clients come from the same models, so they share one shape. The SQLite
 * client's type is used for both: it is the narrower one (no `mode: "insensitive"` and the
 * like), so code typed against it runs on either database.
 */
export type Db = SqliteClient;

/**
 * Starts SQLite transactions with BEGIN IMMEDIATE instead of the adapter's plain BEGIN. A plain
 * (deferred) transaction that reads first and then writes fails at once with "database is
 * locked" when another process (a worker, a CLI command) wrote in between, since WAL cannot
 * upgrade its stale snapshot; taking the write lock up front waits (busy timeout) instead.
 */
class ImmediateTransactions extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect();
    const client = (adapter as unknown as { client: { prepare: (sql: string) => unknown } }).client;
    const prepare = client.prepare.bind(client);
    client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
    return adapter;
  }
}

export function createDatabaseClient(target: DatabaseTarget): Db {
  if (target.provider === "sqlite") {
    fs.mkdirSync(path.dirname(target.filePath), { recursive: true });
    return new SqliteClient({ adapter: new ImmediateTransactions({ url: target.filePath, timeout: 5_000 }) });
  }
  const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url }) });
  return client as unknown as Db;
}
