import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "./route";
import { disconnectDb } from "../../../lib/db";
import { holdWriteLock } from "../../../lib/testing/hold-write-lock";
import { createTestDatabase, type TestDatabase } from "../../../lib/testing/test-database";

// Regression (issue 9, defect 2): with another process holding SQLite's write lock, every
// write failed while /api/health said "ok". SQLite only (PostgreSQL has no file-wide write
// lock), so on a SQLite file of its own whichever database the suite runs against.

let database: TestDatabase;
let savedUrl: string | undefined;
beforeAll(async () => {
  database = await createTestDatabase({ provider: "sqlite" });
  savedUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = database.url;
});
afterAll(async () => {
  await disconnectDb();
  process.env.DATABASE_URL = savedUrl;
  await database.drop();
});

async function health(): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await GET();
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("GET /api/health while another process holds the write lock", () => {
  it("reports the database degraded (still 200: pages are served) and ok again once it is released", async () => {
    expect(await health()).toMatchObject({ status: 200, body: { status: "ok", database: "ok" } });
    const lock = await holdWriteLock(database.url, { tables: [] });
    try {
      expect(await health()).toMatchObject({ status: 200, body: { status: "degraded", database: "degraded" } });
    } finally {
      await lock.release();
    }
    expect(await health()).toMatchObject({ status: 200, body: { status: "ok", database: "ok" } });
  });
});
