import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashSecretToken } from "../lib/auth/secret-token";
import { createTestDatabase, type TestDatabase } from "../lib/testing/test-database";
import { runEntryPoint } from "./run-node";

// The command line against an empty, unmigrated database: every command migrates first.

let database: TestDatabase;
const cli = (...args: string[]) => runEntryPoint("scripts/cli.ts", args, { DATABASE_URL: database.url });

beforeAll(async () => {
  database = await createTestDatabase({ migrate: false });
});

afterAll(async () => {
  await database.drop();
});

describe("npm run beacon", () => {
  it("migrates an empty database", async () => {
    const result = await cli("migrate");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(await database.db.page.count()).toBe(0);
    expect(await database.db.user.count()).toBe(0);
  });

  it("creates a user who is stored with a hashed password", async () => {
    const result = await cli("create-user", "--email", "Owner@Example.com", "--password", "a long password 1", "--role", "owner");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Created owner owner@example.com");
    const user = await database.db.user.findUniqueOrThrow({ where: { email: "owner@example.com" } });
    expect(user.role).toBe("owner");
    expect(user.passwordHash).not.toContain("a long password 1");
  });

  it("prints a new token alone on the last line and stores only its hash", async () => {
    const result = await cli("create-token", "--name", "deploy bot");
    expect(result.code).toBe(0);
    const token = result.stdout.trim().split("\n").at(-1) ?? "";
    expect(token).toMatch(/^bcn_\S+$/);
    const stored = await database.db.apiToken.findUniqueOrThrow({ where: { tokenHash: hashSecretToken(token) } });
    expect(stored.name).toBe("deploy bot");
  });

  it("seeds the demo page once, and again only with --replace", async () => {
    const first = await cli("seed-demo");
    expect(first.code).toBe(0);
    const components = await database.db.component.count();
    expect(components).toBeGreaterThan(4);
    const second = await cli("seed-demo");
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/--replace/);
    const replaced = await cli("seed-demo", "--replace");
    expect(replaced.code).toBe(0);
    expect(await database.db.component.count()).toBe(components);
  });

  it("changes the page's settings and names a bad value", async () => {
    const result = await cli("set-page", "--name", "Acme Status", "--time-zone", "Europe/Berlin", "--support-contact", "help@acme.example");
    expect(result.code).toBe(0);
    expect(await database.db.page.findFirstOrThrow()).toMatchObject({ name: "Acme Status", timeZone: "Europe/Berlin", supportContact: "help@acme.example" });
    const bad = await cli("set-page", "--time-zone", "Berlin");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("timeZone must be an IANA time zone");
  });

  // Regression: an address locked by failed sign-ins could not be unlocked before the window passed.
  it("unlocks an address: its failed sign-ins stay logged but stop counting", async () => {
    const now = new Date();
    await database.db.loginAttempt.createMany({
      data: Array.from({ length: 10 }, (_, i) => ({ email: "owner@example.com", ip: `198.51.100.${i}`, succeeded: false, createdAt: now })),
    });
    await database.db.loginAttempt.create({ data: { email: "someone@example.com", ip: "198.51.100.1", succeeded: false, createdAt: now } });
    const result = await cli("unlock", "--email", "Owner@Example.com");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Unlocked owner@example.com: 10 failed sign-ins no longer count");
    expect(await database.db.loginAttempt.count({ where: { email: "owner@example.com", unlockedAt: null } })).toBe(0);
    expect(await database.db.loginAttempt.count({ where: { email: "owner@example.com" } })).toBe(10);
    expect(await database.db.loginAttempt.count({ where: { email: "someone@example.com", unlockedAt: null } })).toBe(1);
    const again = await cli("unlock", "--email", "owner@example.com");
    expect(again.stdout).toContain("owner@example.com had no failed sign-ins to clear");
  });

  it.each([
    [["frob"], /unknown command "frob"/],
    [["unlock"], /--email is required/],
    [["create-user", "--email", "x@example.com"], /--password is required/],
    [["create-user", "--email", "x@example.com", "--password", "a long password 1", "--role", "god"], /--role must be/],
    [["create-token"], /--name is required/],
    [["create-token", "--name", "x", "--bogus"], /Unknown option '--bogus'/],
    [[], /Usage: npm run beacon/],
  ])("rejects %j with the usage and a non-zero exit", async (args, message) => {
    const result = await cli(...args);
    expect(result.code).toBe(2);
    expect(result.stderr + result.stdout).toMatch(message);
    expect(result.stderr + result.stdout).toContain("Usage: npm run beacon -- <command>");
  });

  it("reports invalid input in one line without a stack trace", async () => {
    const result = await cli("create-user", "--email", "not-an-email", "--password", "a long password 1");
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe("beacon: email must be an email address");
  });
});
