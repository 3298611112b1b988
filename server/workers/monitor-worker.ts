import "server-only";
import { log } from "../../lib/log";
import { claimDueMonitors, type ClaimedMonitor, releaseMonitors } from "../../lib/monitors/claim-due-monitors";
import { runMonitorCheck } from "../../lib/monitors/run-monitor-check";
import { describeFailure } from "../../lib/notifications/outbox/describe-failure";
import { wakeMailWorker } from "../../lib/notifications/outbox/wake";
import { createLoopPause } from "./loop-pause";

// The monitor worker: claims the monitors that are due and checks them, many at a time, in a
// loop. It runs inside `npm start` and in `npm run worker` processes; any number may run
// against one database, since a monitor is claimed (a lease) before it is checked. Checks are
// network waits, never CPU work on the event loop that serves the public page.

export type MonitorWorkerOptions = {
  /** Checks in flight at once; each is mostly waiting on the network. */
  concurrency?: number;
  /** How often it looks for due monitors: the bound on a check's lateness when idle. */
  pollMs?: number;
  /** How long stopping waits for checks in flight before handing their monitors back. */
  stopGraceMs?: number;
};

const ERROR_PAUSE_MS = 5_000;
const holder = globalThis as unknown as { beaconMonitorWorker?: boolean };

export function startMonitorWorker(options: MonitorWorkerOptions = {}): () => Promise<void> {
  if (holder.beaconMonitorWorker) {
    log.warn("a monitor worker already runs in this process; not starting another");
    return async () => {};
  }
  holder.beaconMonitorWorker = true;
  const concurrency = options.concurrency ?? 200;
  const pollMs = options.pollMs ?? 250;
  const inFlight = new Map<string, { claim: ClaimedMonitor; done: Promise<void> }>();
  let stopping = false;
  const pause = createLoopPause();

  const check = (claim: ClaimedMonitor) => {
    const done = runMonitorCheck(claim)
      .then((recorded) => {
        if (!recorded || recorded.transition === "none") return;
        log.info(`monitor ${recorded.transition}`, { monitorId: claim.id, state: recorded.state, incidentId: recorded.incidentId });
        // The incident's emails go out now, not at the mail worker's next poll.
        wakeMailWorker();
      })
      .catch((error: unknown) => {
        // Its lease runs out and the monitor is checked again; nothing is recorded twice.
        log.warn(`monitor check could not be recorded: ${describeFailure(error instanceof Error ? error.message : String(error))}`, { monitorId: claim.id });
      })
      .finally(() => {
        inFlight.delete(claim.id);
        // A free slot: look again at once when the last claim filled every slot.
        if (inFlight.size === concurrency - 1) pause.wake();
      });
    inFlight.set(claim.id, { claim, done });
  };

  const running = (async () => {
    log.info("monitor worker started");
    while (!stopping) {
      try {
        const free = concurrency - inFlight.size;
        const claims = free > 0 ? await claimDueMonitors({ limit: free }) : [];
        for (const claim of claims) check(claim);
        // Every slot taken: the first check to finish cuts this pause short.
        await pause.wait(pollMs);
      } catch (error) {
        log.warn(`monitor worker: ${describeFailure(error instanceof Error ? error.message : String(error))}; retrying in 5 s`);
        await pause.wait(ERROR_PAUSE_MS, false);
      }
    }
  })();

  return async () => {
    stopping = true;
    pause.stop();
    await running;
    const pending = [...inFlight.values()];
    const grace = new Promise((resolve) => setTimeout(resolve, options.stopGraceMs ?? 5_000).unref());
    await Promise.race([Promise.all(pending.map((entry) => entry.done)), grace]);
    // Checks still waiting on a slow site: another process may take their monitors at once.
    const left = [...inFlight.values()].map((entry) => entry.claim);
    if (left.length) await releaseMonitors(left).catch(() => undefined);
    holder.beaconMonitorWorker = false;
  };
}
