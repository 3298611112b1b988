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
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
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

/** How many history pages reach back to the oldest incident (at least one). */
export function historyPageCount(oldest: Date | null, now: Date, timeZone: string): number {
  if (!oldest) return 1;
  const span = monthIndex(monthOf(now, timeZone)) - monthIndex(monthOf(oldest, timeZone));
  return Math.max(1, Math.floor(Math.max(0, span) / MONTHS_PER_PAGE) + 1);
}

/** "November 2026" */
export function monthLabel(key: MonthKey): string {
  const date = new Date(`${key}-15T12:00:00Z`);
  return new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

