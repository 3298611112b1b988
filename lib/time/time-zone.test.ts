import { describe, expect, it } from "vitest";
import { isValidTimeZone, zoneOffsetMs, zonedParts } from "./time-zone";

const HOUR = 3_600_000;

describe("isValidTimeZone", () => {
  it("accepts IANA names and UTC", () => {
    for (const zone of ["Europe/Berlin", "America/New_York", "Asia/Kathmandu", "UTC", "Etc/UTC"]) {
      expect(isValidTimeZone(zone)).toBe(true);
    }
  });

  it("rejects unknown, empty and non-string values", () => {
    expect(isValidTimeZone("Europe/Atlantis")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
    expect(isValidTimeZone("  ")).toBe(false);
    expect(isValidTimeZone(42 as unknown as string)).toBe(false);
  });
});

describe("zonedParts", () => {
  it("gives the wall clock in the zone, with midnight as hour 0", () => {
    expect(zonedParts(new Date("2026-11-24T23:00:00Z"), "Europe/Berlin")).toEqual({
      year: 2026,
      month: 11,
      day: 25,
      hour: 0,
      minute: 0,
      second: 0,
    });
    expect(zonedParts(new Date("2026-01-01T03:30:00Z"), "America/New_York")).toMatchObject({ year: 2025, day: 31, hour: 22 });
  });
});

describe("zoneOffsetMs", () => {
  it("follows summer time and odd offsets", () => {
    expect(zoneOffsetMs(new Date("2026-01-15T12:00:00Z"), "Europe/Berlin")).toBe(HOUR);
    expect(zoneOffsetMs(new Date("2026-07-15T12:00:00Z"), "Europe/Berlin")).toBe(2 * HOUR);
    expect(zoneOffsetMs(new Date("2026-07-15T12:00:00Z"), "America/New_York")).toBe(-4 * HOUR);
    expect(zoneOffsetMs(new Date("2026-07-15T12:00:00Z"), "Asia/Kathmandu")).toBe(5.75 * HOUR);
    expect(zoneOffsetMs(new Date("2026-07-15T12:00:00.999Z"), "UTC")).toBe(0);
  });

  it("switches exactly at the transition instant", () => {
    // Berlin springs forward at 01:00 UTC on 29 Mar 2026.
    expect(zoneOffsetMs(new Date("2026-03-29T00:59:59Z"), "Europe/Berlin")).toBe(HOUR);
    expect(zoneOffsetMs(new Date("2026-03-29T01:00:00Z"), "Europe/Berlin")).toBe(2 * HOUR);
  });
});
