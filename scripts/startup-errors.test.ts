import { describe, expect, it } from "vitest";
import { runEntryPoint } from "./run-node";

// Start-up refuses bad configuration with one line naming the problem, and exit code 1.

describe("npm start with a bad configuration", () => {
  it.each([
    [{ DATABASE_URL: "mysql://root@127.0.0.1/beacon" }, 'beacon: DATABASE_URL uses "mysql:", which Beacon does not support'],
    [{ DATABASE_URL: "postgres://beacon@127.0.0.1:9/beacon" }, "beacon: cannot reach PostgreSQL at 127.0.0.1:9: connection refused"],
    [{ PORT: "http" }, 'beacon: PORT must be a port number (got "http")'],
    [{ BEACON_URL: "status.example.com" }, "beacon: BEACON_URL must be an http:// or https:// URL"],
  ])("%j stops with one line", async (env, line) => {
    const result = await runEntryPoint("server.ts", [], env);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(line);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
