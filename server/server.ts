import { randomBytes } from "node:crypto";
import http from "node:http";
import path from "node:path";
import next from "next";
import { DatabaseUnavailableError } from "../lib/database/check-connection";
import { disconnectDb } from "../lib/db";
import { getEnv } from "../lib/env";
import { log } from "../lib/log";
import { DEFAULT_PAGE_ID } from "../lib/pages/default-page";
import { httpRenderer } from "./snapshot/build-snapshot";
import { collectWhenIdle } from "./idle-collector";
import { startMirror } from "./mirror/start-mirror";
import { clientIp } from "./client-ip";
import { gateRequest } from "./http/request-gate";
import { replaceServerErrorPages } from "./http/server-error-page";
import { serveSnapshot } from "./snapshot/serve-snapshot";
import { SnapshotKeeper } from "./snapshot/snapshot-keeper";
import { SnapshotStore } from "./snapshot/snapshot-store";
import { startScheduler } from "./start-scheduler";
import { logFirstRunHints } from "./startup/first-run-hints";
import { isStartupError, prepareInstance } from "./startup/prepare-instance";

// Beacon's production entry point (`npm start`). Public pages are answered from the snapshot
// (stored bytes, no rendering, no database); everything else goes to Next. With the database
// down at start, Beacon still serves the snapshot an earlier run left on disk.

const RETRY_MS = 5_000;

function fail(message: string): never {
  console.error(`beacon: ${message}`);
  process.exit(1);
}

/** Prepares the database; when it is down but a snapshot exists, keeps retrying in the background. */
async function prepare(snapshotSize: number): Promise<void> {
  try {
    await prepareInstance();
  } catch (error) {
    if (!(error instanceof DatabaseUnavailableError) || snapshotSize === 0) throw error;
    log.warn(`${error.message}; serving the last snapshot (${snapshotSize} pages) and retrying every ${RETRY_MS / 1000} s`);
    const retry = () =>
      prepareInstance().then(
        () => log.info("database reachable: start-up completed"),
        () => setTimeout(retry, RETRY_MS),
      );
    setTimeout(retry, RETRY_MS);
  }
}

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  const env = getEnv();
  const store = new SnapshotStore(path.resolve(env.BEACON_DATA_DIR, "snapshot"));
  await prepare(store.load());

  const app = next({ dev: false, dir: process.cwd(), hostname: env.HOST, port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  // Renders for the snapshot carry this per-process token; only they bypass the snapshot.
  const renderToken = randomBytes(24).toString("hex");
  const localHost = env.HOST === "0.0.0.0" || env.HOST === "::" ? "127.0.0.1" : env.HOST;
  const origin = `http://${localHost.includes(":") ? `[${localHost}]` : localHost}:${env.PORT}`;
  const keeper = new SnapshotKeeper({ store, render: httpRenderer(origin, renderToken), pageId: DEFAULT_PAGE_ID });
  // Made once, not per request: the snapshot path allocates as little as it can.
  const lookup = (key: string) => store.get(key);
  const server = http.createServer((req, res) => {
    if (gateRequest(req, res)) return;
    if (req.headers["x-beacon-render"] !== renderToken && serveSnapshot(req, res, lookup)) return;
    // A write answered here is checked for at once, not at the next poll (other processes' are polled).
    if (req.method !== "GET" && req.method !== "HEAD") res.once("finish", () => keeper.wake());
    req.headers["x-beacon-client-ip"] = clientIp(req, env.BEACON_TRUST_PROXY);
    replaceServerErrorPages(req, res);
    void handle(req, res);
  });
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EADDRINUSE") fail(`port ${env.PORT} on ${env.HOST} is already in use (set PORT to another)`);
    fail(`cannot listen on ${env.HOST}:${env.PORT}: ${error.message}`);
  });
  await new Promise<void>((resolve) => server.listen(env.PORT, env.HOST, resolve));

  if (env.BEACON_MIRROR_DIR) startMirror(store, env.BEACON_MIRROR_DIR, env.BEACON_URL);
  keeper.start();
  collectWhenIdle(server);
  const stopScheduler = startScheduler();
  log.info(`serving on http://${env.HOST}:${env.PORT} (public URL ${env.BEACON_URL})`);
  await logFirstRunHints(env.BEACON_URL);

  const stop = () => {
    keeper.stop();
    server.close();
    // Emails in flight finish first, so each one's "sent" is recorded and none goes out twice.
    void stopScheduler()
      .catch(() => {})
      .finally(() => disconnectDb().finally(() => process.exit(0)));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: unknown) => {
  if (isStartupError(error)) fail(error.message);
  fail(`start-up failed: ${error instanceof Error ? error.message : String(error)}`);
});
