import { describe, expect, it } from "vitest";
import { addDays, dayKey, lastZonedDays, startOfDay, startOfZonedDay, zonedDay } from "./zoned-days";

const HOUR = 3_600_000;

describe("dayKey", () => {
  it("names the day in the zone, not in UTC", () => {
    const lateEvening = new Date("2026-11-24T23:30:00Z");
    expect(dayKey(lateEvening, "UTC")).toBe("2026-11-24");
    expect(dayKey(lateEvening, "Europe/Berlin")).toBe("2026-11-25");
    expect(dayKey(lateEvening, "America/Los_Angeles")).toBe("2026-11-24");
  });
});

describe("addDays", () => {
  it("crosses months, years and leap days", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-05-10", -89)).toBe("2026-02-10");
  });

  it("rejects malformed keys", () => {
    expect(() => addDays("2026-5-1", 1)).toThrow(RangeError);
  });
});

describe("startOfDay", () => {
  it("is local midnight", () => {
    expect(startOfDay("2026-11-25", "Europe/Berlin").toISOString()).toBe("2026-11-24T23:00:00.000Z");
    expect(startOfDay("2026-07-01", "Europe/Berlin").toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(startOfDay("2026-07-01", "Asia/Kathmandu").toISOString()).toBe("2026-06-30T18:15:00.000Z");
    expect(startOfDay("2026-07-01", "UTC").toISOString()).toBe("2026-07-01T00:00:00.000Z");
  });

  it("starts a day whose midnight was skipped when the clocks jumped", () => {
    // Chile springs forward at midnight: 6 Sep 2026 begins at 01:00 local (-03).
    expect(startOfDay("2026-09-06", "America/Santiago").toISOString()).toBe("2026-09-06T04:00:00.000Z");
    expect(zonedDay("2026-09-06", "America/Santiago").end.getTime() - startOfDay("2026-09-06", "America/Santiago").getTime()).toBe(23 * HOUR);
  });

  it("gives a day 25 hours when the clocks fall back just before its end", () => {
    // Chile falls back at midnight on 5 Apr 2026 to 23:00 on the 4th: that hour happens twice.
    expect(startOfDay("2026-04-05", "America/Santiago").toISOString()).toBe("2026-04-05T04:00:00.000Z");
    expect(zonedDay("2026-04-04", "America/Santiago").end.getTime() - startOfDay("2026-04-04", "America/Santiago").getTime()).toBe(25 * HOUR);
  });
});

describe("days long ago", () => {
  // Regression: years 0–99 were read as 1900–1999 (Date.UTC), so day starts were 1,900 years off.
  it("keeps years before 100 and before 1000", () => {
    expect(startOfDay("0050-06-01", "UTC").toISOString()).toBe("0050-06-01T00:00:00.000Z");
    expect(startOfDay("0001-01-01", "UTC").toISOString()).toBe("0001-01-01T00:00:00.000Z");
    expect(addDays("0099-12-31", 1)).toBe("0100-01-01");
    expect(dayKey(new Date("0999-11-28T10:00:00Z"), "Europe/Berlin")).toBe("0999-11-28");
    const day = zonedDay("0999-11-28", "Europe/Berlin");
    expect(day.end.getTime() - day.start.getTime()).toBe(24 * HOUR);
    expect(day.start.getUTCFullYear()).toBe(999);
  });
});

describe("zonedDay", () => {
  it("lasts 23 hours when summer time starts and 25 when it ends", () => {
    const spring = zonedDay("2026-03-29", "Europe/Berlin");
    const autumn = zonedDay("2026-10-25", "Europe/Berlin");
    const plain = zonedDay("2026-06-15", "Europe/Berlin");
    expect(spring.end.getTime() - spring.start.getTime()).toBe(23 * HOUR);
    expect(autumn.end.getTime() - autumn.start.getTime()).toBe(25 * HOUR);
    expect(plain.end.getTime() - plain.start.getTime()).toBe(24 * HOUR);
    expect(zonedDay("2026-11-01", "America/New_York").end.getTime() - zonedDay("2026-11-01", "America/New_York").start.getTime()).toBe(25 * HOUR);
  });
});

describe("startOfZonedDay", () => {
  it("is the local midnight before the instant", () => {
    expect(startOfZonedDay(new Date("2026-11-24T23:30:00Z"), "Europe/Berlin").toISOString()).toBe("2026-11-24T23:00:00.000Z");
    expect(startOfZonedDay(new Date("2026-11-24T22:30:00Z"), "Europe/Berlin").toISOString()).toBe("2026-11-23T23:00:00.000Z");
  });
});

describe("lastZonedDays", () => {
  it("lists contiguous days, oldest first, ending with today", () => {
    const days = lastZonedDays(new Date("2026-11-24T23:30:00Z"), 90, "Europe/Berlin");
    expect(days).toHaveLength(90);
    expect(days.at(-1)?.key).toBe("2026-11-25");
    expect(days[0]?.key).toBe("2026-08-28");
    for (let index = 1; index < days.length; index += 1) {
      expect(days[index]?.start.getTime()).toBe(days[index - 1]?.end.getTime());
    }
  });

  it("returns nothing for a count of zero", () => {
    expect(lastZonedDays(new Date(), 0, "UTC")).toEqual([]);
  });
});
