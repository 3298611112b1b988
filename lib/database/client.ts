import fs from "node:fs";
import path from "node:path";
import { PrismaClient as PostgresClient } from "../../generated/postgresql/client/client.ts";
import { PrismaClient as SqliteClient } from "../../generated/sqlite/client/client.ts";
import { PostgresAdapterFactory } from "./postgres-adapter";
import { SqliteAdapterFactory } from "./sqlite-adapter";
import type { DatabaseTarget } from "./url";
import { WRITE_WAIT_MS } from "./wait-for-writes";
import { registerWriteProbe } from "./write-probe";

/**
 * Both generated clients come from the same models, so they share one shape. The SQLite
 * client's type is used for both: it is the narrower one (no `mode: "insensitive"` and the
 * like), so code typed against it runs on either database.
 */
export type Db = SqliteClient;

/** The client inside a transaction: the one type every use-case that joins a caller's transaction takes. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// The adapters give up on a busy database after WRITE_WAIT_MS (DatabaseBusyError). Prisma must
// not give up first: its own "Unable to start a transaction in the given time" (P2028) would
// answer while the adapter is still waiting, and the write would start and be rolled back.
const transactionOptions = { maxWait: WRITE_WAIT_MS * 3 };

export function createDatabaseClient(target: DatabaseTarget): Db {
  if (target.provider === "sqlite") {
    fs.mkdirSync(path.dirname(target.filePath), { recursive: true });
    const adapter = new SqliteAdapterFactory(target.filePath);
    const client = new SqliteClient({ adapter, transactionOptions });
    registerWriteProbe(client, async () => adapter.adapter?.canStartWrite() ?? true);
    return client;
  }
  const client = new PostgresClient({ adapter: new PostgresAdapterFactory(target.url), transactionOptions });
  return client as unknown as Db;
}
