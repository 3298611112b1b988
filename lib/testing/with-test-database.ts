import { afterAll, beforeAll } from "vitest";
import type { Db } from "../database/client";
import { disconnectDb } from "../db";
import { createTestDatabase, type TestDatabase } from "./test-database";

/**
 * Gives the calling test file its own database and points DATABASE_URL (and so lib/db.ts)
 * at it. Call at the top level of a *.db.test.ts file.
 */
export function withTestDatabase(): () => Db {
  let current: TestDatabase | undefined;
  beforeAll(async () => {
    current = await createTestDatabase();
    process.env.DATABASE_URL = current.url;
  });
  afterAll(async () => {
    await disconnectDb();
    await current?.drop();
  });
  return () => {
    if (!current) throw new Error("withTestDatabase: the database is made in beforeAll");
    return current.db;
  };
}
