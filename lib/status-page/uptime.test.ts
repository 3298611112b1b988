import { describe, expect, it } from "vitest";
import type { StatusLogEntry } from "../components/list-status-log";
import type { ComponentStatus } from "../components/status";
import { formatUptime, overallUptime, UPTIME_FORMULA, uptimeDays, type UptimeInput } from "./uptime";

const at = (iso: string) => new Date(iso);
const log = (status: ComponentStatus, iso: string, componentId = "api"): StatusLogEntry => ({ componentId, status, at: at(iso) });

// Berlin in winter is UTC+1: 25 Nov 2026 runs 2026-11-24T23:00Z – 2026-11-25T23:00Z.
const base: UptimeInput = {
  entries: [log("operational", "2026-08-01T00:00:00Z")],
  componentId: "api",
  createdAt: at("2026-01-01T00:00:00Z"),
  now: at("2026-11-25T22:59:00Z"),
  days: 3,
  timeZone: "Europe/Berlin",
};

describe("uptimeDays", () => {
  it("gives one entry per local day ending with today, 100 % without issues", () => {
    const days = uptimeDays(base);
    expect(days.map((day) => day.date)).toEqual(["2026-11-23", "2026-11-24", "2026-11-25"]);
    expect(days.every((day) => day.uptime === 100 && day.worst === "operational")).toBe(true);
    expect(days[0]?.observedMinutes).toBe(24 * 60);
    // Today counts only up to now: 23 h 59 min.
    expect(days[2]?.observedMinutes).toBe(24 * 60 - 1);
  });

  it("defaults to 90 days", () => {
    expect(uptimeDays({ ...base, days: undefined })).toHaveLength(90);
  });

  it("counts a major outage fully and a partial outage at 30 %", () => {
    const days = uptimeDays({
      ...base,
      entries: [
        ...base.entries,
        log("major_outage", "2026-11-24T11:00:00Z"), // 12:00 Berlin on the 24th, for 144 min (10 % of a day)
        log("partial_outage", "2026-11-24T13:24:00Z"), // then 240 min partial
        log("operational", "2026-11-24T17:24:00Z"),
      ],
    });
    const day = days[1];
    expect(day?.minutes).toEqual({ major_outage: 144, partial_outage: 240, degraded_performance: 0, under_maintenance: 0 });
    expect(day?.worst).toBe("major_outage");
    // (144 + 0.3 × 240) / 1440 = 15 % down.
    expect(day?.uptime).toBeCloseTo(85, 10);
    expect(days[0]?.uptime).toBe(100);
  });

  it("counts degraded performance and maintenance as up but reports them", () => {
    const [, day] = uptimeDays({
      ...base,
      entries: [
        ...base.entries,
        log("under_maintenance", "2026-11-24T01:00:00Z"),
        log("degraded_performance", "2026-11-24T02:00:00Z"),
        log("operational", "2026-11-24T02:30:00Z"),
      ],
    });
    expect(day?.uptime).toBe(100);
    expect(day?.minutes.under_maintenance).toBe(60);
    expect(day?.minutes.degraded_performance).toBe(30);
    expect(day?.worst).toBe("degraded_performance");
  });

  it("splits an outage across local midnight, not UTC midnight", () => {
    // 22:00–02:00 Berlin = 21:00Z–01:00Z: two hours on each local day.
    const days = uptimeDays({
      ...base,
      entries: [...base.entries, log("major_outage", "2026-11-23T21:00:00Z"), log("operational", "2026-11-24T01:00:00Z")],
    });
    expect(days[0]?.minutes.major_outage).toBe(120);
    expect(days[1]?.minutes.major_outage).toBe(120);
  });

  it("measures DST days as 23 and 25 hours", () => {
    const days = uptimeDays({ ...base, now: at("2026-10-26T12:00:00Z"), days: 2 });
    expect(days.map((day) => [day.date, day.observedMinutes])).toEqual([
      ["2026-10-25", 25 * 60],
      ["2026-10-26", 13 * 60],
    ]);
    const spring = uptimeDays({
      ...base,
      now: at("2026-03-29T23:00:00Z"),
      days: 2,
      entries: [...base.entries.map((entry) => ({ ...entry, at: at("2026-03-01T00:00:00Z") })), log("major_outage", "2026-03-29T10:30:00Z")],
    });
    // 29 Mar lasts 23 h (22:00Z on the 28th to 22:00Z on the 29th); down from 10:30Z: 11.5 h.
    expect(spring[0]?.observedMinutes).toBe(23 * 60);
    expect(spring[0]?.uptime).toBeCloseTo(50, 10);
  });

  it("returns null before the component existed and counts a partial first day", () => {
    const days = uptimeDays({
      ...base,
      createdAt: at("2026-11-24T17:00:00Z"), // 18:00 Berlin on the 24th
      entries: [log("operational", "2026-11-24T17:00:00Z"), log("major_outage", "2026-11-24T20:00:00Z"), log("operational", "2026-11-24T21:00:00Z")],
    });
    expect(days[0]).toMatchObject({ uptime: null, worst: null, observedMinutes: 0 });
    expect(days[1]?.observedMinutes).toBe(6 * 60);
    expect(days[1]?.uptime).toBeCloseTo((100 * 5) / 6, 10);
  });

  it("lets startDate override createdAt and ignores entries before it", () => {
    const days = uptimeDays({
      ...base,
      startDate: at("2026-11-24T23:00:00Z"),
      entries: [...base.entries, log("major_outage", "2026-11-24T10:00:00Z"), log("operational", "2026-11-24T22:00:00Z")],
    });
    expect(days.map((day) => day.uptime)).toEqual([null, null, 100]);
  });

  it("treats time before the first log entry as no data unless an initial status is given", () => {
    const input = { ...base, entries: [log("major_outage", "2026-11-25T11:00:00Z")] };
    expect(uptimeDays(input).map((day) => day.uptime)).toEqual([null, null, 0]);
    const withInitial = uptimeDays({ ...input, initialStatus: "operational" });
    expect(withInitial[0]?.uptime).toBe(100);
    expect(withInitial[2]?.minutes.major_outage).toBe(11 * 60 + 59);
  });

  it("ignores other components, future entries and accepts unsorted logs", () => {
    const days = uptimeDays({
      ...base,
      entries: [
        log("operational", "2026-11-24T12:00:00Z"),
        log("major_outage", "2026-11-24T11:00:00Z"),
        log("major_outage", "2026-11-23T00:00:00Z", "web"),
        log("major_outage", "2026-11-25T22:59:30Z"),
        ...base.entries,
      ],
    });
    expect(days.map((day) => day.minutes.major_outage)).toEqual([0, 60, 0]);
  });

  it("skips a status held for no time", () => {
    const [, day] = uptimeDays({
      ...base,
      entries: [...base.entries, log("major_outage", "2026-11-24T11:00:00Z"), log("operational", "2026-11-24T11:00:00Z")],
    });
    expect(day?.worst).toBe("operational");
  });
});

describe("overallUptime", () => {
  it("weights days by observed minutes", () => {
    const days = uptimeDays({
      ...base,
      createdAt: at("2026-11-25T11:00:00Z"),
      now: at("2026-11-25T13:00:00Z"),
      entries: [log("operational", "2026-11-25T11:00:00Z"), log("major_outage", "2026-11-25T12:00:00Z")],
    });
    expect(overallUptime(days)).toBeCloseTo(50, 10);
    expect(overallUptime(uptimeDays(base))).toBe(100);
  });

  it("is null without any observed time", () => {
    expect(overallUptime([])).toBeNull();
    expect(overallUptime(uptimeDays({ ...base, entries: [] }))).toBeNull();
  });
});

describe("formatUptime", () => {
  it("shows two decimals and never rounds downtime up to 100 %", () => {
    expect(formatUptime(99.95)).toBe("99.95 %");
    expect(formatUptime(99.999)).toBe("99.99 %");
    expect(formatUptime(99.9999999)).toBe("99.99 %");
    expect(formatUptime(99.956)).toBe("99.95 %");
    expect(formatUptime(100)).toBe("100 %");
    expect(formatUptime(0)).toBe("0.00 %");
    expect(formatUptime(null)).toBe("No data");
    expect(formatUptime(Number.NaN)).toBe("No data");
  });
});

describe("UPTIME_FORMULA", () => {
  it("states the weights in words", () => {
    expect(UPTIME_FORMULA).toMatch(/major outage counts fully/i);
    expect(UPTIME_FORMULA).toMatch(/30 %/);
    expect(UPTIME_FORMULA).toMatch(/maintenance[^.]*planned/i);
  });
});
