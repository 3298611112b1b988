import { z } from "zod";

// The one rule for dates people and API callers give us (start times, schedules, display times).
// No real incident predates 1970 or is planned years ahead; anything outside is a typo or an
// attack, and a year like 0999 would make the history reach back a millennium (issue 9).

export const EARLIEST_YEAR = 1970;
/** Maintenance is planned at most this many calendar years ahead (through 31 December). */
export const YEARS_AHEAD = 5;

/** The last year a date may fall in, counted from `now`. */
export function latestYear(now: number = Date.now()): number {
  return new Date(now).getUTCFullYear() + YEARS_AHEAD;
}

/** The instants allowed, in ms since the epoch: 1970-01-01 to the end of `latestYear`. */
export function plausibleRange(now: number = Date.now()): { earliest: number; latest: number } {
  return { earliest: Date.UTC(EARLIEST_YEAR, 0, 1), latest: Date.UTC(latestYear(now) + 1, 0, 1) - 1 };
}

export function isPlausibleDate(ms: number, now: number = Date.now()): boolean {
  const { earliest, latest } = plausibleRange(now);
  return Number.isFinite(ms) && ms >= earliest && ms <= latest;
}

/** The message of a refused date; names the years so the caller knows what to send. */
export function plausibleDateMessage(now: number = Date.now()): string {
  return `must be between ${EARLIEST_YEAR} and ${latestYear(now)}`;
}

/** What API documentation says about the range (the year moves, so no fixed number). */
export const PLAUSIBLE_RANGE_TEXT = `from ${EARLIEST_YEAR} to the end of the year ${YEARS_AHEAD} years from now`;

/**
 * An ISO 8601 date-time with an offset, inside the plausible range. A refinement, not a
 * transform, so the OpenAPI document can still be generated from schemas that use it.
 */
export const plausibleDateTime = z.iso
  .datetime({ offset: true, abort: true, error: "must be a date and time such as 2026-03-01T12:00:00Z" })
  .refine((value) => isPlausibleDate(Date.parse(value)), { error: () => plausibleDateMessage() });
