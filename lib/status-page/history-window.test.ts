import { describe, expect, it } from "vitest";
import { historyPageCount, historyWindow, monthLabel, monthOf } from "./history-window";

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

  it("names months in words", () => {
    expect(monthLabel("2026-09")).toBe("September 2026");
  });
});
