import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import net from "node:net";
import { describe, expect, it } from "vitest";
import { runEntryPoint } from "./run-node";

// Start-up refuses bad configuration with one line naming the problem, and exit code 1.

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

describe("npm start with a bad configuration", () => {
  it.each([
    [{ DATABASE_URL: "mysql://root@127.0.0.1/beacon" }, 'beacon: DATABASE_URL uses "mysql:", which Beacon does not support'],
    [{ DATABASE_URL: "postgres://beacon@127.0.0.1:9/beacon" }, "beacon: cannot reach PostgreSQL at 127.0.0.1:9: connection refused"],
    [{ PORT: "http" }, 'beacon: PORT must be a port number (got "http")'],
    [{ BEACON_URL: "status.example.com" }, "beacon: BEACON_URL must be an http:// or https:// URL"],
    // Not one the front door reads: the app process's check, its line passed through.
    [{ SMTP_URL: "mail.example.com" }, "beacon: SMTP_URL must be an smtp:// or smtps:// URL"],
  ])("%j stops with one line", async (env, line) => {
    // An empty data folder: with a snapshot on disk, a down database would not stop start-up.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-start-"));
    // A free port of its own: the front door listens before the app process reaches the
    // database, and suites beside this one use 3000.
    const result = await runEntryPoint("server/server.ts", [], { BEACON_DATA_DIR: dataDir, PORT: String(await freePort()), ...env });
    fs.rmSync(dataDir, { recursive: true, force: true });
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(line);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
