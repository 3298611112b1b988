import "server-only";
import { createDatabaseClient, type Db, type Tx } from "./database/client";
import { databaseTarget } from "./database/url";

// One client per process. Next's dev server reloads modules, so the client is kept on
// globalThis to avoid opening a new pool on every edit.
const globalForDb = globalThis as unknown as { beaconDb?: Db };

export function getDb(): Db {
  globalForDb.beaconDb ??= createDatabaseClient(databaseTarget());
  return globalForDb.beaconDb;
}

export type { Db, Tx };

/** Closes the process's connection, if one was opened (end of a CLI command, shutdown, tests). */
export async function disconnectDb(): Promise<void> {
  const client = globalForDb.beaconDb;
  globalForDb.beaconDb = undefined;
  await client?.$disconnect();
}
