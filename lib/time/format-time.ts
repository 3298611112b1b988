import { zonedParts } from "./time-zone";

// Times on the public page always carry their zone ("23:58 CET"), because a bare time is the
// ambiguity visitors complain about most. The layout is assembled here rather than left to a
// locale, so it never changes under us (en-GB turned "Sep" into "Sept" in recent ICU).

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MINUTE_MS = 60_000;

const zoneNameFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneNameIn(locale: string, date: Date, timeZone: string): string {
  const cacheKey = `${locale}|${timeZone}`;
  let formatter = zoneNameFormatters.get(cacheKey);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" });
    zoneNameFormatters.set(cacheKey, formatter);
  }
  return formatter.formatToParts(date).find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}

/**
 * The zone's short name at `date`: "CET", "BST", "EST", "UTC", or "GMT+5:30" where no
 * abbreviation is in common use. en-GB knows the European names, en-US the American ones.
 */
export function timeZoneName(date: Date, timeZone: string): string {
  const british = zoneNameIn("en-GB", date, timeZone);
  if (!/^GMT[+-]/.test(british)) return british;
  const american = zoneNameIn("en-US", date, timeZone);
  return /^GMT[+-]/.test(american) ? british : american;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** "24 Nov 2026" */
export function formatDate(date: Date, timeZone: string): string {
  const { year, month, day } = zonedParts(date, timeZone);
  return `${day} ${MONTHS[month - 1] ?? "?"} ${year}`;
}

/** "23:58 CET" */
export function formatTime(date: Date, timeZone: string): string {
  const { hour, minute } = zonedParts(date, timeZone);
  return `${pad(hour)}:${pad(minute)} ${timeZoneName(date, timeZone)}`;
}

/** "24 Nov 2026, 23:58 CET" */
export function formatDateTime(date: Date, timeZone: string): string {
  return `${formatDate(date, timeZone)}, ${formatTime(date, timeZone)}`;
}

/** "under 1 min", "45 min", "2 h 15 min", "3 d 4 h" (to the nearest minute; two units at most). */
export function formatDuration(ms: number): string {
  const totalMinutes = Math.round(Math.max(0, Number.isFinite(ms) ? ms : 0) / MINUTE_MS);
  if (totalMinutes < 1) return "under 1 min";
  if (totalMinutes < 60) return `${totalMinutes} min`;
  const totalHours = Math.floor(totalMinutes / 60);
  if (totalHours < 24) {
    const minutes = totalMinutes % 60;
    return minutes > 0 ? `${totalHours} h ${minutes} min` : `${totalHours} h`;
  }
  const hours = totalHours % 24;
  const days = Math.floor(totalHours / 24);
  return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
}

/** The machine-readable form for `<time dateTime>`, feeds and JSON. */
export function isoString(date: Date): string {
  return date.toISOString();
}
