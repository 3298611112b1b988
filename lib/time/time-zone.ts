// Wall-clock maths for IANA time zones on top of Intl alone: no date library is installed,
// and Node ships full ICU, so Intl knows every zone's offsets and DST rules.

export type ZonedParts = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    // hourCycle h23: with `hour12: false` some engines print midnight as "24".
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== "string" || timeZone.trim() === "") return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar date and wall-clock time that `date` shows in `timeZone`. */
export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const parts: Partial<ZonedParts> = {};
  for (const part of partsFormatter(timeZone).formatToParts(date)) {
    if (part.type in { year: 1, month: 1, day: 1, hour: 1, minute: 1, second: 1 }) {
      parts[part.type as keyof ZonedParts] = Number(part.value);
    }
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return { year, month, day, hour, minute, second };
}

/** Milliseconds to add to UTC to get the wall clock of `timeZone` at that instant (CET: +3,600,000). */
export function zoneOffsetMs(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const wall = new Date(Date.UTC(2000, 0, 1, p.hour, p.minute, p.second));
  // setUTCFullYear, as Date.UTC alone reads years 0–99 as 1900–1999.
  wall.setUTCFullYear(p.year, p.month - 1, p.day);
  const wallAsUtc = wall.getTime();
  // Intl drops milliseconds; compare whole seconds so the offset stays exact.
  return wallAsUtc - Math.floor(date.getTime() / 1000) * 1000;
}
