import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabaseClient } from "./client";

// Regression: on SQLite a transaction that read before writing failed with "database is locked"
// whenever another process wrote in between (a mail worker, the CLI); it must wait instead.
// Always on a SQLite file of its own, whichever database the suite runs against.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-sqlite-"));
const file = path.join(dir, "contention.db");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Another process writing to the file in a loop for `ms`, as a worker would. */
function writerProcess(ms: number): Promise<number | null> {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(process.argv[1], { timeout: 5000 });
    const insert = db.prepare("INSERT INTO other (at) VALUES (?)");
    const end = Date.now() + Number(process.argv[2]);
    while (Date.now() < end) insert.run(Date.now());
    db.close();`;
  const child = spawn(process.execPath, ["-e", script, file, String(ms)], { stdio: "inherit" });
  return new Promise((resolve) => child.once("exit", resolve));
}

describe("SQLite transactions", () => {
  it("wait for another process's writes instead of failing a read-then-write transaction", async () => {
    const db = createDatabaseClient({ provider: "sqlite", filePath: file, url: `file:${file}` });
    await db.$executeRawUnsafe("PRAGMA journal_mode = WAL");
    await db.$executeRawUnsafe("CREATE TABLE counter (n INTEGER NOT NULL)");
    await db.$executeRawUnsafe("CREATE TABLE other (at INTEGER NOT NULL)");
    await db.$executeRawUnsafe("INSERT INTO counter (n) VALUES (0)");
    const writer = writerProcess(1_500);
    let failures = 0;
    const end = Date.now() + 1_500;
    let runs = 0;
    while (Date.now() < end) {
      runs += 1;
      await db
        .$transaction(async (tx) => {
          const [row] = await tx.$queryRawUnsafe<{ n: bigint }[]>("SELECT n FROM counter");
          await new Promise((resolve) => setTimeout(resolve, 2));
          await tx.$executeRawUnsafe(`UPDATE counter SET n = ${Number(row!.n) + 1}`);
        })
        .catch(() => (failures += 1));
    }
    expect(await writer).toBe(0);
    expect(failures).toBe(0);
    const [row] = await db.$queryRawUnsafe<{ n: bigint }[]>("SELECT n FROM counter");
    expect(Number(row!.n)).toBe(runs);
    await db.$disconnect();
  });
});
