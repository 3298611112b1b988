import type { StatusLogEntry } from "../components/list-status-log";
import { type ComponentStatus, worstComponentStatus } from "../components/status";
import { type DayKey, lastZonedDays } from "../time/zoned-days";

// Uptime is derived from the component status log, never stored. Days are calendar days in
// the page's time zone, so a visitor's "Tuesday" bar covers their Tuesday (23 or 25 hours
// on DST days).

/** How much of a partial outage counts as downtime: Statuspage's and Instatus' weighting. */
export const PARTIAL_OUTAGE_WEIGHT = 0.3;

/** Shown on the page next to the uptime bars, so visitors know what the number means. */
export const UPTIME_FORMULA =
  "Uptime is the share of time a component was working, counted per calendar day in this page's time zone. " +
  "A major outage counts fully as downtime. A partial outage counts as 30 % downtime, because part of the " +
  "service still works. Degraded performance counts as up: the service is slow, but it works. Maintenance " +
  "counts as up too, because it is planned and announced in advance. Uptime = 100 % × (1 − (minutes of " +
  "major outage + 0.3 × minutes of partial outage) ÷ minutes observed). Time before a component was added " +
  "is not counted, and today counts only up to now.";

/** For components Beacon checks itself: the share of checks that passed. */
export const CHECKS_UPTIME_FORMULA =
  "For a component Beacon checks itself (marked “from checks”), uptime is the share of its checks over the last 90 days " +
  "that passed: uptime = 100 % × checks that passed ÷ all checks. A check passes when the site answered in time with an " +
  "expected status code (and the expected content, where that is checked); a slow answer counts as failed. The bars " +
  "per day still show the component's status over the day.";

export type IssueMinutes = Record<Exclude<ComponentStatus, "operational">, number>;

export type UptimeDay = {
  date: DayKey;
  /** Percent, 0–100; null when nothing was observed that day (the component did not exist yet). */
  uptime: number | null;
  /** The most severe status held during the observed part of the day. */
  worst: ComponentStatus | null;
  /** Minutes counted that day; may be fractional, round for display. */
  observedMinutes: number;
  minutes: IssueMinutes;
};

export type UptimeInput = {
  /** The status log of one component or many; other components' entries are ignored. */
  entries: readonly StatusLogEntry[];
  componentId: string;
  createdAt: Date;
  /** When uptime counting starts (Statuspage's start_date); falls back to createdAt. */
  startDate?: Date | null;
  /** The status from creation until its first log entry; without it that stretch is "no data". */
  initialStatus?: ComponentStatus;
  now: Date;
  days?: number;
  timeZone: string;
};

const MINUTE_MS = 60_000;
type Span = { from: number; to: number; status: ComponentStatus };

/** The component's statuses as non-overlapping spans, clipped to [existence, now). */
function statusSpans(input: UptimeInput): Span[] {
  const existsFrom = (input.startDate ?? input.createdAt).getTime();
  const until = input.now.getTime();
  // Array.prototype.sort is stable: entries at the same instant keep the log's order.
  const own = input.entries
    .filter((entry) => entry.componentId === input.componentId)
    .map((entry) => ({ at: entry.at.getTime(), status: entry.status }))
    .sort((a, b) => a.at - b.at);
  const changes = input.initialStatus ? [{ at: existsFrom, status: input.initialStatus }, ...own] : own;
  return changes
    .map((change, index) => ({
      from: Math.max(change.at, existsFrom),
      to: Math.min(changes[index + 1]?.at ?? until, until),
      status: change.status,
    }))
    .filter((span) => span.to > span.from);
}

function downtimeMinutes(minutes: IssueMinutes): number {
  return minutes.major_outage + PARTIAL_OUTAGE_WEIGHT * minutes.partial_outage;
}

/** One entry per calendar day, oldest first; the last is today, counted up to `now`. */
export function uptimeDays(input: UptimeInput): UptimeDay[] {
  const spans = statusSpans(input);
  return lastZonedDays(input.now, input.days ?? 90, input.timeZone).map((day) => {
    const ms: Record<ComponentStatus, number> = {
      operational: 0,
      under_maintenance: 0,
      degraded_performance: 0,
      partial_outage: 0,
      major_outage: 0,
    };
    for (const span of spans) {
      const overlap = Math.min(span.to, day.end.getTime()) - Math.max(span.from, day.start.getTime());
      if (overlap > 0) ms[span.status] += overlap;
    }
    const observedMs = Object.values(ms).reduce((sum, value) => sum + value, 0);
    const minutes: IssueMinutes = {
      major_outage: ms.major_outage / MINUTE_MS,
      partial_outage: ms.partial_outage / MINUTE_MS,
      degraded_performance: ms.degraded_performance / MINUTE_MS,
      under_maintenance: ms.under_maintenance / MINUTE_MS,
    };
    const observedMinutes = observedMs / MINUTE_MS;
    const held = (Object.keys(ms) as ComponentStatus[]).filter((status) => ms[status] > 0);
    return {
      date: day.key,
      uptime: observedMs > 0 ? 100 * (1 - downtimeMinutes(minutes) / observedMinutes) : null,
      worst: held.length > 0 ? worstComponentStatus(held) : null,
      observedMinutes,
      minutes,
    };
  });
}

/** Uptime over all the days, weighted by observed minutes (a half-observed day weighs half). */
export function overallUptime(days: readonly UptimeDay[]): number | null {
  const observed = days.reduce((sum, day) => sum + day.observedMinutes, 0);
  if (observed <= 0) return null;
  const down = days.reduce((sum, day) => sum + downtimeMinutes(day.minutes), 0);
  return 100 * (1 - down / observed);
}

/**
 * "99.95 %", truncated rather than rounded so any downtime at all shows below 100:
 * only a day (or period) without downtime reads "100 %".
 */
export function formatUptime(pct: number | null): string {
  if (pct === null || !Number.isFinite(pct)) return "No data";
  if (pct >= 100) return "100 %";
  // The epsilon undoes float noise (99.95 * 100 = 9994.999…); the cap keeps 99.9999 off 100.
  const truncated = Math.min(99.99, Math.floor(Math.max(0, pct) * 100 + 1e-9) / 100);
  return `${truncated.toFixed(2)} %`;
}
