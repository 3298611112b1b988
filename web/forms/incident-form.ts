import { type ComponentStatus, isComponentStatus } from "../../lib/components/status";
import { isPlausibleDate } from "../../lib/time/plausible-date";
import { zoneOffsetMs } from "../../lib/time/time-zone";

// Reading the dashboard's incident forms into the inputs of lib/incidents.

/** `component:<id>` selects with a status chosen → `{ id: status }`. */
export function componentChangesFrom(formData: FormData): Record<string, ComponentStatus> {
  const changes: Record<string, ComponentStatus> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("component:") && typeof value === "string" && value !== "" && isComponentStatus(value)) {
      changes[key.slice("component:".length)] = value;
    }
  }
  return changes;
}

/**
 * A `datetime-local` value ("2026-11-24T14:05") read in the page's time zone, as an ISO
 * string; undefined when empty, and the raw text when unreadable so validation names it.
 */
export function localDateTimeToIso(value: string, timeZone: string): string | undefined {
  if (value.trim() === "") return undefined;
  const match = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)$/.exec(value.trim());
  if (!match) return value;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  // Not Date.UTC(y, …): it reads years 0–99 as 1900–1999, so "0001" would slip past the date rule.
  const wallClock = new Date(0);
  wallClock.setUTCFullYear(y, mo - 1, d);
  wallClock.setUTCHours(h, mi, 0, 0);
  const asUtc = wallClock.getTime();
  // Zone maths misreads years before 100 (Date.UTC again); the date rule refuses them anyway.
  if (!isPlausibleDate(asUtc)) return wallClock.toISOString();
  // The zone's offset at that wall-clock time (checked twice around DST changes).
  const first = asUtc - zoneOffsetMs(new Date(asUtc), timeZone);
  const instant = asUtc - zoneOffsetMs(new Date(first), timeZone);
  return new Date(instant).toISOString();
}
