import { describe, expect, it } from "vitest";
import { isPlausibleDate, latestYear, plausibleDateMessage, plausibleDateTime } from "./plausible-date";

const now = Date.parse("2026-12-02T10:00:00Z");

describe("isPlausibleDate", () => {
  it("accepts 1970 through the end of the fifth year ahead", () => {
    expect(isPlausibleDate(Date.parse("1970-01-01T00:00:00Z"), now)).toBe(true);
    expect(isPlausibleDate(Date.parse("2026-11-28T10:00:00Z"), now)).toBe(true);
    expect(isPlausibleDate(Date.parse("2031-12-31T23:59:59.999Z"), now)).toBe(true);
  });

  // Regression (issue 9): a start in year 0999 or 0001 was stored and froze the snapshot rebuild.
  it("refuses dates no real incident has", () => {
    expect(isPlausibleDate(Date.parse("0999-11-28T10:00:00Z"), now)).toBe(false);
    expect(isPlausibleDate(Date.parse("0001-01-01T00:00:00Z"), now)).toBe(false);
    expect(isPlausibleDate(Date.parse("1969-12-31T23:59:59Z"), now)).toBe(false);
    expect(isPlausibleDate(Date.parse("2032-01-01T00:00:00Z"), now)).toBe(false);
    expect(isPlausibleDate(Number.NaN, now)).toBe(false);
  });

  it("names the years in its message", () => {
    expect(latestYear(now)).toBe(2031);
    expect(plausibleDateMessage(now)).toBe("must be between 1970 and 2031");
  });
});

describe("plausibleDateTime", () => {
  it("parses ISO date-times with an offset in range", () => {
    expect(plausibleDateTime.safeParse("2026-03-01T12:00:00+01:00").success).toBe(true);
  });

  it("refuses out-of-range and malformed values with a message", () => {
    const old = plausibleDateTime.safeParse("0999-11-28T10:00:00Z");
    expect(old.success).toBe(false);
    expect(old.error?.issues[0]?.message).toMatch(/^must be between 1970 and \d{4}$/);
    const far = plausibleDateTime.safeParse("9999-01-01T00:00:00Z");
    expect(far.error?.issues[0]?.message).toMatch(/^must be between 1970 and/);
    expect(plausibleDateTime.safeParse("yesterday").error?.issues.map((issue) => issue.message)).toEqual(["must be a date and time such as 2026-03-01T12:00:00Z"]);
  });
});
