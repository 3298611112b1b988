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

export function createDatabaseClient(target: DatabaseTarget): Db {
  if (target.provider === "sqlite") {
    fs.mkdirSync(path.dirname(target.filePath), { recursive: true });
    return new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: target.filePath }) });
  }
  const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url }) });
  return client as unknown as Db;
}
