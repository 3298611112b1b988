import "server-only";
import { deleteTokenFailuresBefore } from "../lib/auth/token-failure-throttle";
import { deleteLoginAttemptsBefore } from "../lib/auth/login-throttle";
import { deleteExpiredSessions } from "../lib/auth/revoke-session";
import { advanceMaintenance } from "../lib/incidents/advance-maintenance";
import { log } from "../lib/log";
import { runMonitorHousekeeping } from "../lib/monitors/rollups/run-monitor-housekeeping";
import { deleteSubscribeAttemptsBefore } from "../lib/subscribers/subscribe-throttle";
import { startMonitorWorker } from "./workers/monitor-worker";
import { startOutboxWorker } from "./workers/outbox-worker";

// Timed work that runs inside the ordinary `npm start` process, so nothing extra has to be
// deployed: maintenance windows start and end on time, expired sessions and old sign-in
// subscribe and bad-token attempts are cleared, subscribers' emails are sent (the mail worker),
// monitors are checked (the monitor worker) and their checks rolled up. Every job is safe when several Beacon
// processes run it at once.

const MAINTENANCE_EVERY_MS = 5_000;
const CLEANUP_EVERY_MS = 60 * 60_000;
// Hourly roll-ups are written a few minutes after each hour; raw checks older than 48 h go.
const MONITOR_HOUSEKEEPING_EVERY_MS = 5 * 60_000;
const KEEP_LOGIN_ATTEMPTS_MS = 24 * 60 * 60_000;

function every(ms: number, name: string, job: () => Promise<void>): () => void {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    job()
      .catch((error: unknown) => log.warn(`${name} failed: ${(error as Error).message.split("\n")[0]}`))
      .finally(() => (running = false));
  };
  run();
  const timer = setInterval(run, ms);
  timer.unref();
  return () => clearInterval(timer);
}

export async function runMaintenanceTransitions(now = new Date()): Promise<void> {
  const result = await advanceMaintenance(now);
  for (const started of result.started) log.info("maintenance started", { incidentId: started.incidentId });
  for (const completed of result.completed) log.info("maintenance completed", { incidentId: completed.incidentId });
  for (const failure of result.failed) log.warn("maintenance transition failed", failure);
}

/** Starts the timed jobs; the returned function stops them, once emails in flight are done. */
export function startScheduler(): () => Promise<void> {
  const stopOutboxWorker = startOutboxWorker();
  const stopMonitorWorker = startMonitorWorker();
  const stops = [
    every(MAINTENANCE_EVERY_MS, "maintenance scheduler", () => runMaintenanceTransitions()),
    every(MONITOR_HOUSEKEEPING_EVERY_MS, "monitor roll-ups", async () => {
      await runMonitorHousekeeping();
    }),
    every(CLEANUP_EVERY_MS, "cleanup", async () => {
      const now = new Date();
      await deleteExpiredSessions(now);
      await deleteLoginAttemptsBefore(new Date(now.getTime() - KEEP_LOGIN_ATTEMPTS_MS));
      // Subscribe attempts hold addresses and count only for an hour; kept a day like sign-ins.
      await deleteSubscribeAttemptsBefore(new Date(now.getTime() - KEEP_LOGIN_ATTEMPTS_MS));
      await deleteTokenFailuresBefore(new Date(now.getTime() - KEEP_LOGIN_ATTEMPTS_MS));
    }),
  ];
  return async () => {
    stops.forEach((stop) => stop());
    await Promise.all([stopMonitorWorker(), stopOutboxWorker()]);
  };
}
