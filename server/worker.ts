import { checkConnection, DatabaseUnavailableError } from "../lib/database/check-connection";
import { disconnectDb } from "../lib/db";
import { getEnv } from "../lib/env";
import { databaseTarget } from "../lib/database/url";
import { log } from "../lib/log";
import { startMonitorWorker } from "./workers/monitor-worker";
import { startOutboxWorker } from "./workers/outbox-worker";
import { isStartupError } from "./startup/prepare-instance";

// `npm run worker`: a process that only sends email and checks monitors, for installations
// that want more of both than the web processes' own workers give. Any number may run beside
// `npm start` processes on one database: outbox entries, deliveries and monitors are claimed,
// never just read. It runs only those two workers. Maintenance transitions and clean-ups stay with `npm start`
// (safe there with several processes too); one place for them is enough. It applies no
// migrations either: the server does that at start, and the loop waits out missing tables.

const RETRY_MS = 5_000;

async function waitForDatabase(): Promise<void> {
  for (;;) {
    try {
      await checkConnection(databaseTarget());
      return;
    } catch (error) {
      if (!(error instanceof DatabaseUnavailableError)) throw error;
      log.warn(`${error.message}; retrying in ${RETRY_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
}

async function main(): Promise<void> {
  getEnv();
  await waitForDatabase();
  const stopMail = startOutboxWorker();
  const stopMonitors = startMonitorWorker();
  const stopWorker = () => Promise.all([stopMonitors(), stopMail()]);
  let stopping = false;
  const stop = (signal: string) => {
    // A second signal means "now": exit without waiting for messages in flight.
    if (stopping) process.exit(1);
    stopping = true;
    log.info(`${signal}: finishing the emails and checks in flight, then stopping`);
    void stopWorker()
      .then(() => disconnectDb())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  const message = isStartupError(error) ? error.message : `start-up failed: ${error instanceof Error ? error.message : String(error)}`;
  console.error(`beacon: ${message}`);
  process.exit(1);
});
