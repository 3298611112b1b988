import "server-only";
import { type PruneRun, pruneMonitorData } from "./prune-checks";
import { rollUpChecks, type RollupRun } from "./roll-up-checks";

// The scheduler's one call for monitor data, every few minutes: roll up what is complete,
// then prune what is past its retention. In this order, so pruning finds its hours rolled up;
// any number of processes may run it at once.

export type HousekeepingRun = { rolledUp: RollupRun; pruned: PruneRun };

export async function runMonitorHousekeeping(now = new Date()): Promise<HousekeepingRun> {
  const rolledUp = await rollUpChecks(now);
  const pruned = await pruneMonitorData(now);
  return { rolledUp, pruned };
}
