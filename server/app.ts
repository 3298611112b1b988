import http from "node:http";
import path from "node:path";
import next from "next";
import { DatabaseUnavailableError } from "../lib/database/check-connection";
import { disconnectDb } from "../lib/db";
import { getEnv } from "../lib/env";
import { log } from "../lib/log";
import { DEFAULT_PAGE_ID } from "../lib/pages/default-page";
import { collectWhenIdle } from "./idle-collector";
import { closeUnreadBodyAfterAnswer, hasBody } from "./http/close-unread-body";
import { replaceServerErrorPages } from "./http/server-error-page";
import { startMirror } from "./mirror/start-mirror";
import { socketRenderer } from "./snapshot/build-snapshot";
import { SnapshotKeeper } from "./snapshot/snapshot-keeper";
import { SnapshotStore } from "./snapshot/snapshot-store";
import { startScheduler } from "./start-scheduler";
import { publishSnapshot } from "./front/snapshot-sync";
import { logFirstRunHints } from "./startup/first-run-hints";
import { isStartupError, prepareInstance } from "./startup/prepare-instance";

// The app process: Next (the dashboard, the API, live renders), the snapshot keeper and the
// workers. The front door (server.ts) starts it, serves the snapshot itself and forwards
// everything else here, over a Unix socket in a folder only this user can open. The snapshot
// reaches the front door over the IPC channel after every commit (front/snapshot-sync.ts).

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
  const socketPath = process.env.BEACON_APP_SOCKET;
  if (!socketPath || !process.send) fail("the app process is started by the server (npm start), not on its own");
  const env = getEnv();
  const store = new SnapshotStore(path.resolve(env.BEACON_DATA_DIR, "snapshot"));
  await prepare(store.load());

  const app = next({ dev: false, dir: process.cwd(), hostname: env.HOST, port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const keeper = new SnapshotKeeper({ store, render: socketRenderer(socketPath, `${env.HOST}:${env.PORT}`), pageId: DEFAULT_PAGE_ID });
  const server = http.createServer((req, res) => {
    if (hasBody(req)) closeUnreadBodyAfterAnswer(req, res);
    // A write answered here is checked for at once, not at the next poll (other processes' are polled).
    if (req.method !== "GET" && req.method !== "HEAD") res.once("finish", () => keeper.wake());
    replaceServerErrorPages(req, res);
    void handle(req, res);
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(socketPath, resolve));

  publishSnapshot(store);
  if (env.BEACON_MIRROR_DIR) startMirror(store, env.BEACON_MIRROR_DIR, env.BEACON_URL);
  keeper.start();
  collectWhenIdle(server);
  const stopScheduler = startScheduler();
  await logFirstRunHints(env.BEACON_URL);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    keeper.stop();
    server.close();
    // Emails in flight finish first, so each one's "sent" is recorded and none goes out twice.
    void stopScheduler()
      .catch(() => {})
      .finally(() => disconnectDb().finally(() => process.exit(0)));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  // The front door is gone (killed, crashed): nobody can reach this process any more.
  process.on("disconnect", stop);
}

main().catch((error: unknown) => {
  if (isStartupError(error)) fail(error.message);
  fail(`start-up failed: ${error instanceof Error ? error.message : String(error)}`);
});
