import { describe, expect, it } from "vitest";
import { HISTORY_FLOOR, historyPageCount, historyPageOf, historyWindow, MAX_HISTORY_PAGES, monthLabel, monthOf } from "./history-window";

const now = new Date("2026-11-24T23:30:00Z");

describe("history paging", () => {
  it("covers the current month and the two before it on page 1", () => {
    const window = historyWindow(1, now, "UTC");
    expect(window.months).toEqual(["2026-11", "2026-10", "2026-09"]);
    expect(window.from.toISOString()).toBe("2026-09-01T00:00:00.000Z");
    expect(window.to.toISOString()).toBe("2026-12-01T00:00:00.000Z");
  });

  it("goes back three months a page, across years", () => {
    expect(historyWindow(4, now, "UTC").months).toEqual(["2026-02", "2026-01", "2025-12"]);
  });

  it("counts months in the page's zone", () => {
    // 23:30 UTC on 30 Nov is already December in Berlin.
    expect(monthOf(new Date("2026-11-30T23:30:00Z"), "Europe/Berlin")).toBe("2026-12");
    expect(historyWindow(1, new Date("2026-11-30T23:30:00Z"), "Europe/Berlin").from.toISOString()).toBe("2026-09-30T22:00:00.000Z");
  });

  it("has as many pages as it takes to reach the oldest incident", () => {
    expect(historyPageCount(null, now, "UTC")).toBe(1);
    expect(historyPageCount(new Date("2026-09-02T00:00:00Z"), now, "UTC")).toBe(1);
    expect(historyPageCount(new Date("2026-08-31T00:00:00Z"), now, "UTC")).toBe(2);
    expect(historyPageCount(new Date("2025-11-01T00:00:00Z"), now, "UTC")).toBe(5);
  });

  // Regression: one incident dated 0999 made /history page back to that year (~4,100 pages).
  it("pages back only to 1970 and at most fifty years, whatever is stored", () => {
    expect(historyPageCount(new Date("0999-11-28T10:00:00Z"), now, "UTC")).toBe(historyPageCount(HISTORY_FLOOR, now, "UTC"));
    expect(historyPageCount(HISTORY_FLOOR, now, "UTC")).toBe(MAX_HISTORY_PAGES);
    expect(historyPageCount(new Date("0001-01-01T00:00:00Z"), now, "Europe/Berlin")).toBeLessThanOrEqual(MAX_HISTORY_PAGES);
    expect(historyPageCount(new Date("2016-11-24T00:00:00Z"), now, "UTC")).toBe(41);
    // An incident dated ahead of now is on no page; the history still has its one page.
    expect(historyPageCount(new Date("9999-01-01T00:00:00Z"), now, "UTC")).toBe(1);
  });

  it("names the page an incident is listed on, and none for implausible dates", () => {
    expect(historyPageOf(new Date("2026-11-01T00:00:00Z"), now, "UTC")).toBe(1);
    expect(historyPageOf(new Date("2026-08-31T00:00:00Z"), now, "UTC")).toBe(2);
    expect(historyPageOf(new Date("0999-11-28T10:00:00Z"), now, "UTC")).toBeNull();
    expect(historyPageOf(new Date("1969-12-31T23:59:59Z"), now, "UTC")).toBeNull();
    expect(historyPageOf(new Date("2027-01-01T00:00:00Z"), now, "UTC")).toBeNull();
  });

  // Regression: before year 1000 a month key lost its leading zero and threw "Not a day key".
  it("computes windows in years before 1000", () => {
    const old = new Date("0999-11-28T10:00:00Z");
    const window = historyWindow(1, old, "Europe/Berlin");
    expect(window.months).toEqual(["0999-11", "0999-10", "0999-09"]);
    expect(window.to.getUTCFullYear()).toBe(999);
    expect(historyWindow(1, new Date("0050-03-10T00:00:00Z"), "UTC").from.toISOString()).toBe("0050-01-01T00:00:00.000Z");
  });

  it("names months in words", () => {
    expect(monthLabel("2026-09")).toBe("September 2026");
  });
});
