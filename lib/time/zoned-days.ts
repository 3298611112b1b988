import { zoneOffsetMs, zonedParts } from "./time-zone";

// Calendar days as a page's visitors live them: a day in Berlin starts at local midnight, and
// the days that switch to or from summer time last 23 or 25 hours, not 24.

/** A calendar day, "YYYY-MM-DD". */
export type DayKey = string;

/** One calendar day in a zone: [start, end) in UTC instants. */
export type ZonedDay = { key: DayKey; start: Date; end: Date };

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a calendar date. Date.UTC alone reads years 0–99 as 1900–1999. */
function utcMidnight(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

// Every component's uptime bars need the same 91 midnights, each costing several Intl calls.
const midnights = new Map<string, number>();
const MAX_CACHED_MIDNIGHTS = 10_000;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

function parseDayKey(key: DayKey): number {
  const match = DAY_KEY.exec(key);
  if (!match) throw new RangeError(`Not a day key (YYYY-MM-DD): ${key}`);
  return utcMidnight(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The calendar day `date` falls on in `timeZone`. */
export function dayKey(date: Date, timeZone: string): DayKey {
  const { year, month, day } = zonedParts(date, timeZone);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The day `days` after (or before, when negative) `key`. Pure calendar maths, zone-free. */
export function addDays(key: DayKey, days: number): DayKey {
  const date = new Date(parseDayKey(key) + days * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * The first instant of day `key` in `timeZone`. Midnight can be ambiguous (clocks fall back
 * across it) or missing (some zones, e.g. America/Santiago, spring forward at midnight); the
 * day then starts at its first instant, which is the earliest candidate or the transition.
 */
export function startOfDay(key: DayKey, timeZone: string): Date {
  const cacheKey = `${timeZone}|${key}`;
  const cached = midnights.get(cacheKey);
  if (cached !== undefined) return new Date(cached);
  const wall = parseDayKey(key);
  // Offsets a day either side bracket any transition near this midnight.
  const before = zoneOffsetMs(new Date(wall - DAY_MS), timeZone);
  const after = zoneOffsetMs(new Date(wall + DAY_MS), timeZone);
  const valid = [wall - before, wall - after].filter((t) => zoneOffsetMs(new Date(t), timeZone) === wall - t);
  // No candidate shows midnight: it was skipped, and the day begins when the clocks jumped.
  const start = valid.length > 0 ? Math.min(...valid) : wall - before;
  if (midnights.size >= MAX_CACHED_MIDNIGHTS) midnights.clear();
  midnights.set(cacheKey, start);
  return new Date(start);
}

/** Local midnight of the day `date` falls on in `timeZone`. */
export function startOfZonedDay(date: Date, timeZone: string): Date {
  return startOfDay(dayKey(date, timeZone), timeZone);
}

export function zonedDay(key: DayKey, timeZone: string): ZonedDay {
  return { key, start: startOfDay(key, timeZone), end: startOfDay(addDays(key, 1), timeZone) };
}

/** The last `count` days in `timeZone`, oldest first; the last one is today (it contains `now`). */
export function lastZonedDays(now: Date, count: number, timeZone: string): ZonedDay[] {
  const length = Math.max(0, count);
  const first = addDays(dayKey(now, timeZone), 1 - length);
  // Each day ends where the next starts: compute every midnight once.
  const keys = Array.from({ length: length + 1 }, (_, index) => addDays(first, index));
  const starts = keys.map((key) => startOfDay(key, timeZone));
  return keys.slice(0, length).map((key, index) => ({ key, start: starts[index] as Date, end: starts[index + 1] as Date }));
}
