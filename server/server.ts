import http from "node:http";
import path from "node:path";
import { databaseTarget } from "../lib/database/url";
import { getServingEnv } from "../lib/serving-env";
import { isExpectedError } from "../lib/errors";
import { log } from "../lib/log";
import { clientIp } from "./client-ip";
import { AppProcess } from "./front/app-process";
import { forwardToApp } from "./front/forward-to-app";
import { gateRequest } from "./http/request-gate";
import { serveSnapshot } from "./snapshot/serve-snapshot";
import { SnapshotStore } from "./snapshot/snapshot-store";

// Beacon's production entry point (`npm start`): the front door. It answers public pages from
// the snapshot (stored bytes: no rendering, no database, and neither Next nor Prisma in this
// process, so a request costs what a bare Node server's does) and forwards everything else to
// the app process it starts (app.ts), which renders, writes and runs the workers. It serves the
// snapshot an earlier run left on disk from the first moment, and goes on serving it while the
// app starts, restarts after a crash, or waits for its database.

function fail(message: string): never {
  console.error(`beacon: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  // What it needs to listen and serve; the app process checks every other variable (and stops
  // both with its one line if one is wrong). A DATABASE_URL Beacon cannot use stops it here,
  // before it takes the port (reaching the database is the app process's to try).
  const env = getServingEnv();
  databaseTarget();
  const store = new SnapshotStore(path.resolve(env.BEACON_DATA_DIR, "snapshot"));
  store.load();
  const app = new AppProcess({
    store,
    onReady: () => log.info(`serving on http://${env.HOST}:${env.PORT} (public URL ${env.BEACON_URL})`),
    // The app has said why; its code is the front door's.
    onStartFailed: (code) => process.exit(code || 1),
  });
  // Made once, not per request: the snapshot path allocates as little as it can.
  const lookup = (key: string) => store.get(key);
  const server = http.createServer((req, res) => {
    if (gateRequest(req, res)) return;
    if (serveSnapshot(req, res, lookup)) return;
    forwardToApp(req, res, app, clientIp(req, env.BEACON_TRUST_PROXY));
  });
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EADDRINUSE") fail(`port ${env.PORT} on ${env.HOST} is already in use (set PORT to another)`);
    fail(`cannot listen on ${env.HOST}:${env.PORT}: ${error.message}`);
  });
  await new Promise<void>((resolve) => server.listen(env.PORT, env.HOST, resolve));
  // No idle collector here (the app process has one): this heap stays small, and the
  // full collection it asks for throws away compiled code the next burst would compile again.
  app.start();

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeIdleConnections();
    void app.stop().finally(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  if (isExpectedError(error)) fail(error.message);
  fail(`start-up failed: ${error instanceof Error ? error.message : String(error)}`);
});
