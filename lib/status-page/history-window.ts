import { dayKey, startOfDay } from "../time/zoned-days";

// /history shows three calendar months (in the page's zone) per page, newest first; page 1
// holds the current month and the two before it.

export const MONTHS_PER_PAGE = 3;

export type MonthKey = string; // "2026-11"

export type HistoryWindow = { months: MonthKey[]; from: Date; to: Date };

function monthIndex(key: MonthKey): number {
  const [year, month] = key.split("-").map(Number);
  return (year ?? 0) * 12 + (month ?? 1) - 1;
}

function monthKeyOf(index: number): MonthKey {
  // Years below 1000 keep four digits, as day keys do ("0999-11").
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export function monthOf(date: Date, timeZone: string): MonthKey {
  return dayKey(date, timeZone).slice(0, 7);
}

function startOfMonth(key: MonthKey, timeZone: string): Date {
  return startOfDay(`${key}-01`, timeZone);
}

/** The months a history page covers (newest first) and the instants bounding them. */
export function historyWindow(page: number, now: Date, timeZone: string): HistoryWindow {
  const newest = monthIndex(monthOf(now, timeZone)) - (page - 1) * MONTHS_PER_PAGE;
  const months = Array.from({ length: MONTHS_PER_PAGE }, (_, i) => monthKeyOf(newest - i));
  const oldest = months.at(-1) ?? monthKeyOf(newest);
  return {
    months,
    from: startOfMonth(oldest, timeZone),
    to: startOfMonth(monthKeyOf(newest + 1), timeZone),
  };
}

// Whatever is stored, /history pages back only to plausible incidents, and only so far: a row
// dated 0999 (typed by mistake, or written before dates were checked) must not make the
// snapshot render four thousand pages. Such incidents keep their own pages, only not a month.
export const HISTORY_FLOOR = new Date("1970-01-01T00:00:00Z");
export const MAX_HISTORY_PAGES = 200; // fifty years

/** Whether an incident that started at `startedAt` is listed on a history page. */
export function isInHistory(startedAt: Date, now: Date): boolean {
  return startedAt >= HISTORY_FLOOR && startedAt <= now;
}

/**
 * Finds the history page listing an incident that started at a given instant (null when none
 * does), with the current month worked out once for a whole history of incidents.
 */
export function historyPager(now: Date, timeZone: string): (startedAt: Date) => number | null {
  const current = monthIndex(monthOf(now, timeZone));
  return (startedAt) => {
    if (startedAt < HISTORY_FLOOR) return null;
    const span = current - monthIndex(monthOf(startedAt, timeZone));
    if (span < 0) return null;
    const page = Math.floor(span / MONTHS_PER_PAGE) + 1;
    return page <= MAX_HISTORY_PAGES ? page : null;
  };
}

/** The history page listing an incident that started at `startedAt`, or null when none does. */
export function historyPageOf(startedAt: Date, now: Date, timeZone: string): number | null {
  return historyPager(now, timeZone)(startedAt);
}

/** How many history pages reach back to the oldest incident (at least one, at most MAX_HISTORY_PAGES). */
export function historyPageCount(oldest: Date | null, now: Date, timeZone: string): number {
  if (!oldest || oldest > now) return 1;
  const start = oldest < HISTORY_FLOOR ? HISTORY_FLOOR : oldest;
  return historyPageOf(start, now, timeZone) ?? MAX_HISTORY_PAGES;
}

/** "November 2026" */
export function monthLabel(key: MonthKey): string {
  const date = new Date(`${key}-15T12:00:00Z`);
  return new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

