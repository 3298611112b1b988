import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDuration, formatTime, isoString, timeZoneName } from "./format-time";

const MIN = 60_000;

describe("formatDateTime", () => {
  it("shows the wall clock of the zone and names the zone", () => {
    const date = new Date("2026-11-24T22:58:00Z");
    expect(formatDateTime(date, "Europe/Berlin")).toBe("24 Nov 2026, 23:58 CET");
    expect(formatDateTime(date, "UTC")).toBe("24 Nov 2026, 22:58 UTC");
    expect(formatDateTime(date, "America/New_York")).toBe("24 Nov 2026, 17:58 EST");
  });

  it("moves to the next day and to summer-time names where the zone does", () => {
    expect(formatDateTime(new Date("2026-09-24T22:58:00Z"), "Europe/Berlin")).toBe("25 Sep 2026, 00:58 CEST");
    expect(formatDateTime(new Date("2026-07-01T12:00:00Z"), "Europe/London")).toBe("1 Jul 2026, 13:00 BST");
  });

  it("falls back to a GMT offset where no abbreviation exists", () => {
    expect(formatDateTime(new Date("2026-07-01T12:00:00Z"), "Asia/Kathmandu")).toBe("1 Jul 2026, 17:45 GMT+5:45");
  });
});

describe("formatDate and formatTime", () => {
  it("split the same moment", () => {
    const date = new Date("2026-01-05T07:04:00Z");
    expect(formatDate(date, "Europe/Berlin")).toBe("5 Jan 2026");
    expect(formatTime(date, "Europe/Berlin")).toBe("08:04 CET");
    expect(formatTime(new Date("2026-01-05T23:00:00Z"), "Europe/Berlin")).toBe("00:00 CET");
    expect(timeZoneName(date, "America/Los_Angeles")).toBe("PST");
  });
});

describe("formatDuration", () => {
  it("uses at most two units", () => {
    expect(formatDuration(45 * MIN)).toBe("45 min");
    expect(formatDuration(135 * MIN)).toBe("2 h 15 min");
    expect(formatDuration(120 * MIN)).toBe("2 h");
    expect(formatDuration((3 * 24 + 4) * 60 * MIN + 59 * MIN)).toBe("3 d 4 h");
    expect(formatDuration(2 * 24 * 60 * MIN)).toBe("2 d");
  });

  it("rounds to the minute and handles tiny, negative and invalid input", () => {
    expect(formatDuration(89_000)).toBe("1 min");
    expect(formatDuration(59 * MIN + 40_000)).toBe("1 h");
    expect(formatDuration(20_000)).toBe("under 1 min");
    expect(formatDuration(0)).toBe("under 1 min");
    expect(formatDuration(-5 * MIN)).toBe("under 1 min");
    expect(formatDuration(Number.NaN)).toBe("under 1 min");
  });
});

describe("isoString", () => {
  it("is UTC ISO 8601", () => {
    expect(isoString(new Date(Date.UTC(2026, 10, 24, 22, 58)))).toBe("2026-11-24T22:58:00.000Z");
  });
});
