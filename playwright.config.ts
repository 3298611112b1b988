import { defineConfig } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { assertLocalDatabase } from "./e2e/support/assert-local-database";
import { e2eSmtpPort } from "./e2e/support/mail-settings";
import { SERVER_COMMAND } from "./server/launch";

// The suite runs the production server (`npm start`, after `npm run build`) against a database
// of its own: a fresh SQLite file unless BEACON_E2E_DATABASE_URL names another local one.

const port = Number(process.env.BEACON_E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// Per port, so two suites on different ports never share (or wipe) each other's database.
const sqliteFile = path.resolve(`data/e2e-${port}/beacon.db`);
process.env.BEACON_E2E_DATABASE_URL ??= `file:${sqliteFile}`;
const databaseUrl = process.env.BEACON_E2E_DATABASE_URL;
assertLocalDatabase(databaseUrl);

// Workers load this file too; only the main process starts from an empty database.
if (process.env.TEST_WORKER_INDEX === undefined && databaseUrl === `file:${sqliteFile}`) {
  fs.rmSync(path.dirname(sqliteFile), { recursive: true, force: true });
}

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  globalSetup: "./e2e/global-setup.ts",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.BEACON_CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium", viewport: { width: 1280, height: 800 } } }],
  webServer: {
    command: SERVER_COMMAND,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      DATABASE_URL: databaseUrl,
      BEACON_DATA_DIR: path.dirname(sqliteFile),
      PORT: String(port),
      HOST: "127.0.0.1",
      BEACON_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
      // The run's SMTP listener (e2e/global-setup.ts); short retries, as it may start after the server.
      SMTP_URL: `smtp://127.0.0.1:${e2eSmtpPort()}`,
      BEACON_MAIL_RETRY_SECONDS: "1",
    },
  },
});
