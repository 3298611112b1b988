import { expect, test } from "@playwright/test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type BeaconServer, startBeacon } from "./support/beacon-server";

// What a newcomer meets on the very first start: a Beacon of its own, on an empty database.

// Apart from the suite's server and from the other helpers' suites, which use other base ports.
const port = Number(process.env.BEACON_E2E_PORT ?? 3100) + 20;
let server: BeaconServer | undefined;
let dataDir = "";

// One server for both tests: in parallel workers each would start its own on the same port.
test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  // A first start migrates an empty database: slow on a busy machine.
  test.setTimeout(120_000);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-first-run-"));
  // A configured owner would be created at start; the newcomer has none.
  delete process.env.BEACON_ADMIN_EMAIL;
  delete process.env.BEACON_ADMIN_PASSWORD;
  server = await startBeacon({ port, databaseUrl: `file:${path.join(dataDir, "beacon.db")}`, dataDir });
});

test.afterAll(async () => {
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

// Regression (issue 9): after `npm run serve` nothing said where to sign in or how to make the first user.
test("start-up says where to sign in and how to create the first user", async () => {
  await expect.poll(() => server?.output() ?? "", { timeout: 30_000 }).toContain(`sign in at http://127.0.0.1:${port}/admin/login`);
  await expect.poll(() => server?.output() ?? "", { timeout: 30_000 }).toContain("npm run beacon -- create-user --email");
  expect(server?.output()).toContain("BEACON_ADMIN_EMAIL and BEACON_ADMIN_PASSWORD");
});

// Regression (issue 9): a page with no components said "All Systems Operational".
test("an empty page says nothing is listed yet, and the JSON keeps Statuspage's values", async ({ page }) => {
  await page.goto(`${server?.url}/`);
  await expect(page.getByRole("heading", { name: "No components are listed on this page yet" })).toBeVisible();
  await expect(page.getByText("All Systems Operational")).toHaveCount(0);
  await expect(page).toHaveTitle("No components are listed on this page yet · Status");
  await page.goto(`${server?.url}/history`);
  await expect(page).toHaveTitle("History · Status");
  await page.goto(`${server?.url}/admin/login`);
  await expect(page).toHaveTitle("Sign in · Status dashboard");
  const status = await (await fetch(`${server?.url}/api/v2/status.json`)).json();
  expect(status.status).toEqual({ indicator: "none", description: "All Systems Operational" });
});
