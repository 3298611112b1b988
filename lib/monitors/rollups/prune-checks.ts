import "server-only";
import { getDb } from "../../db";
import { listPendingHours } from "./roll-up-hours";
import { DAY_MS, HOUR_MS } from "./rollup-maths";

// Keeps the database small: raw checks for 48 hours, roll-ups for 90 days. Rows go in batches,
// each its own short statement, so SQLite's write lock is never held for long and checks
// being recorded meanwhile wait milliseconds, not the whole clean-up.

export const RAW_CHECKS_KEPT_MS = 48 * HOUR_MS;
export const ROLLUPS_KEPT_MS = 90 * DAY_MS;
// About 30 ms of SQLite's time each with a thousand monitors; 5,000 took up to 115 ms.
const BATCH = 2_000;

export type PruneRun = { checks: number; rollups: number };

async function deleteInBatches(deleteBatch: () => Promise<number>): Promise<number> {
  let deleted = 0;
  for (;;) {
    const count = await deleteBatch();
    deleted += count;
    if (count < BATCH) return deleted;
    // Lets the checks and requests that queued behind this batch go first.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export async function pruneMonitorData(now = new Date()): Promise<PruneRun> {
  const db = getDb();
  const cutoff = new Date(now.getTime() - RAW_CHECKS_KEPT_MS);
  // Never a check whose hour is not rolled up yet (the roll-up did not run, or failed): its
  // numbers would be gone from the charts. Such an hour and everything after it stay.
  const [pending] = await listPendingHours(new Date(Math.ceil(cutoff.getTime() / HOUR_MS) * HOUR_MS));
  const before = pending && pending < cutoff ? pending : cutoff;
  const checks = await deleteInBatches(
    () => db.$executeRaw`DELETE FROM "MonitorCheck" WHERE "id" IN (SELECT "id" FROM "MonitorCheck" WHERE "checkedAt" < ${before} LIMIT ${BATCH})`,
  );

  const rollupsBefore = new Date(now.getTime() - ROLLUPS_KEPT_MS);
  let rollups = 0;
  for (const period of ["hour", "day"]) {
    rollups += await deleteInBatches(
      () => db.$executeRaw`
        DELETE FROM "MonitorRollup" WHERE "id" IN (
          SELECT "id" FROM "MonitorRollup" WHERE "period" = ${period} AND "startsAt" < ${rollupsBefore} LIMIT ${BATCH})`,
    );
  }
  return { checks, rollups };
}
