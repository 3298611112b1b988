import "server-only";
import { listPendingDays, rollUpDay } from "./roll-up-days";
import { listPendingHours, rollUpHour } from "./roll-up-hours";
import { DAY_MS, floorTo, HOUR_MS } from "./rollup-maths";

// Sums the raw checks of every complete hour into hourly roll-ups, then complete UTC days into
// daily ones, for every monitor. Safe to run in several processes at once and to run again:
// a period with a roll-up is skipped, and a row written twice is dropped by the unique key.

/**
 * How long after its end an hour is rolled up. A check is stamped before its transaction
 * starts and on a busy database may commit seconds later; it must not miss its hour's roll-up.
 */
export const SETTLE_MS = 5 * 60_000;
/** Days looked back at even with no new hours: a run stopped between its hours and its days. */
const DAYS_REVISITED = 3;

/** Periods rolled up, and the roll-up rows summed for them (some may have been written by another process first). */
export type RollupRun = { hours: number; days: number; rows: number };

export async function rollUpChecks(now = new Date()): Promise<RollupRun> {
  const hoursBefore = floorTo(new Date(now.getTime() - SETTLE_MS), HOUR_MS);
  const hours = await listPendingHours(hoursBefore);
  let rows = 0;
  for (const hour of hours) rows += await rollUpHour(hour);

  const daysBefore = floorTo(hoursBefore, DAY_MS);
  const lookBack = Math.min(hours[0]?.getTime() ?? Infinity, daysBefore.getTime() - DAYS_REVISITED * DAY_MS);
  const days = await listPendingDays(floorTo(new Date(lookBack), DAY_MS), daysBefore);
  for (const day of days) rows += await rollUpDay(day);
  return { hours: hours.length, days: days.length, rows };
}
