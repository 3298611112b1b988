import { describe, expect, it } from "vitest";
import { assertLocalDatabase } from "./assert-local-database";

describe("assertLocalDatabase", () => {
  it("allows SQLite files and databases on this machine", () => {
    expect(() => assertLocalDatabase("file:./data/e2e/beacon.db")).not.toThrow();
    expect(() => assertLocalDatabase("postgres://root@127.0.0.1:5432/beacon_e2e")).not.toThrow();
    expect(() => assertLocalDatabase("postgresql://root@localhost/beacon_e2e")).not.toThrow();
  });

  it("refuses a database on another host", () => {
    expect(() => assertLocalDatabase("postgres://beacon@db.internal:5432/beacon")).toThrow(/non-local/);
    expect(() => assertLocalDatabase("postgres://beacon@10.0.0.5/beacon")).toThrow(/non-local/);
  });
});
