import { afterEach, describe, expect, it } from "vitest";
import { GET } from "./route";
import { disconnectDb } from "../../../lib/db";
import { withTestDatabase } from "../../../lib/testing/with-test-database";

withTestDatabase();

describe("GET /api/health", () => {
  let savedUrl: string | undefined;
  afterEach(async () => {
    if (savedUrl) process.env.DATABASE_URL = savedUrl;
    savedUrl = undefined;
    await disconnectDb();
  });

  it("answers 200 when the database is reachable", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toMatchObject({ status: "ok", database: "ok" });
  });

  it("answers 503 when the database cannot be reached", async () => {
    savedUrl = process.env.DATABASE_URL;
    await disconnectDb();
    // Nothing listens on port 9 of this machine, so every connection is refused.
    process.env.DATABASE_URL = "postgres://beacon@127.0.0.1:9/beacon";
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: "degraded", database: "unreachable" });
  });
});
