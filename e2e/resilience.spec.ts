import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTestDatabase, TEST_PG_ADMIN_URL, type TestDatabase } from "../lib/testing/test-database";
import { type BeaconServer, startBeacon } from "./support/beacon-server";
import { PUBLIC_WITHIN_MS, SNAPSHOT_TEST_TIMEOUT } from "./support/eventually";
import { startTcpProxy, type TcpProxy } from "./support/tcp-proxy";

// The status page must stay up when the database does not: the last good page, JSON and feeds
// are served with 200 while the database is locked or unreachable, after a restart with the
// database still down, and while the app process behind the front door crashes and restarts. Each test runs its own Beacon with its own database.

test.describe.configure({ mode: "serial", timeout: SNAPSHOT_TEST_TIMEOUT });

// Within this run's block of ports (scripts/reserve-test-ports.mjs), so a suite beside it never collides.
const basePort = Number(process.env.BEACON_E2E_PORT ?? 3100);

const publicPaths = ["/", "/history", "/api/v2/summary.json", "/history.rss"];

async function expectServed(server: BeaconServer, marker: string) {
  for (const target of publicPaths) {
    const response = await fetch(`${server.url}${target}`, { signal: AbortSignal.timeout(15_000) });
    expect(response.status, `${target}\n${server.output()}`).toBe(200);
    if (target === "/" || target.endsWith(".json")) expect(await response.text(), target).toContain(marker);
  }
}

/** Waits until every public path is answered from the snapshot (not a live render) with the marker. */
async function waitForSnapshot(server: BeaconServer, marker: string) {
  const fromSnapshot = async (target: string) => {
    const response = await fetch(`${server.url}${target}`);
    const snapshot = response.headers.get("cache-control")?.includes("stale-if-error") ?? false;
    return snapshot && (!(target === "/" || target.endsWith(".json")) || (await response.text()).includes(marker));
  };
  // Includes the start-up and first build of a fresh server.
  const timeout = 2 * PUBLIC_WITHIN_MS;
  await expect.poll(async () => (await Promise.all(publicPaths.map(fromSnapshot))).every(Boolean), { timeout }).toBe(true);
}

test("SQLite: served while the database file is locked", async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-lock-"));
  const file = path.join(dataDir, "beacon.db");
  const server = await startBeacon({ port: basePort + 11, databaseUrl: `file:${file}`, dataDir });
  const lock = new Database(file);
  try {
    lock.prepare("UPDATE Page SET name = 'Locked Co Status'").run();
    await waitForSnapshot(server, "Locked Co Status");
    // A long write (an import, a restore) holds the database's write lock.
    lock.exec("BEGIN EXCLUSIVE");
    lock.prepare("UPDATE Page SET name = 'Not yet committed'").run();
    await expectServed(server, "Locked Co Status");
    lock.exec("ROLLBACK");
  } finally {
    lock.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test("the page stays up while the app process crashes, and follows the restarted one", async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-crash-"));
  const file = path.join(dataDir, "beacon.db");
  const server = await startBeacon({ port: basePort + 13, databaseUrl: `file:${file}`, dataDir });
  const db = new Database(file);
  try {
    db.prepare("UPDATE Page SET name = 'Before Crash Status'").run();
    await waitForSnapshot(server, "Before Crash Status");
    // The app process (Next, the workers) is the front door's only child.
    const app = Number(execFileSync("pgrep", ["-P", String(server.pid)], { encoding: "utf8" }).trim());
    process.kill(app, "SIGKILL");
    await expectServed(server, "Before Crash Status");
    // A request for the app waits for the new one instead of failing.
    const health = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(30_000) });
    expect(health.status, server.output()).toBe(200);
    expect(server.output()).toContain("the app process was killed (SIGKILL)");
    expect(server.output()).toContain("the app process is back");
    // As a write through Beacon would, it moves updatedAt (what the keeper watches).
    db.prepare("UPDATE Page SET name = 'After Crash Status', updatedAt = ?").run(new Date().toISOString());
    await waitForSnapshot(server, "After Crash Status");
  } finally {
    db.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test.describe("PostgreSQL", () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-pg-"));

  test.beforeAll(async () => {
    database = await createTestDatabase({ provider: "postgresql", migrate: false });
    const admin = new URL(TEST_PG_ADMIN_URL);
    proxy = await startTcpProxy({ host: admin.hostname, port: Number(admin.port || 5432) });
  });

  test.afterAll(async () => {
    await proxy.close();
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test("served while the server is unreachable, and after a restart with it still down", async ({ page }) => {
    const url = new URL(database.url);
    url.port = String(proxy.port);
    const server = await startBeacon({ port: basePort + 12, databaseUrl: url.toString(), dataDir });
    let restarted: BeaconServer | undefined;
    try {
      await database.db.page.update({ where: { id: "beacon" }, data: { name: "Outage Co Status" } });
      await waitForSnapshot(server, "Outage Co Status");
      await proxy.close();
      await expectServed(server, "Outage Co Status");
      await server.stop();

      restarted = await startBeacon({ port: basePort + 12, databaseUrl: url.toString(), dataDir });
      expect(restarted.output()).toContain("serving the last snapshot");
      await expectServed(restarted, "Outage Co Status");
      const health = await fetch(`${restarted.url}/api/health`);
      expect(health.status).toBe(503);
      // Pages rendered on request say what is wrong and point to the page that still works.
      const response = await page.goto(`${restarted.url}/subscribe`);
      expect(response?.status()).toBe(500);
      await expect(page.getByRole("heading", { name: "This page can't be shown right now" })).toBeVisible();
      await page.getByRole("link", { name: "go to the status page" }).click();
      await expect(page.getByText("Outage Co Status").first()).toBeVisible();
      // Without JavaScript too: the answer itself carries the message (Next's is an empty shell).
      const plain = await fetch(`${restarted.url}/subscribe`, { headers: { accept: "text/html" } });
      expect(plain.status).toBe(500);
      expect(await plain.text()).toContain("This page can't be shown right now");
    } finally {
      await server.stop();
      await restarted?.stop();
    }
  });
});
