import { describe, expect, it } from "vitest";
import { MAX_HISTORY_PAGES } from "../../lib/status-page/history-window";
import { type HistoryPlanInput, planHistoryPages } from "./history-pages";

const now = new Date("2026-11-24T12:00:00Z");
const monthsAgo = (months: number) => new Date(Date.UTC(2026, 10 - months, 15));

function input(startedAt: Record<string, Date>, overrides: Partial<HistoryPlanInput> = {}): HistoryPlanInput {
  const starts = new Map(Object.entries(startedAt));
  const plausible = [...starts.values()].filter((date) => date.getUTCFullYear() >= 1970);
  return {
    previous: undefined,
    startedAt: starts,
    oldest: plausible.length ? new Date(Math.min(...plausible.map(Number))) : null,
    changed: [],
    open: [],
    refresh: false,
    everything: false,
    now,
    timeZone: "UTC",
    ...overrides,
  };
}

describe("planHistoryPages", () => {
  it("renders every page but the first on a first build", () => {
    const plan = planHistoryPages(input({ a: monthsAgo(0), b: monthsAgo(10) }));
    expect(plan.state.count).toBe(4);
    expect(plan.pages).toEqual([2, 3, 4]);
  });

  // Regression: a row dated 0999 or 0001 made every rebuild render ~4,100 history pages.
  it("never pages to incidents before 1970, nor past fifty years", () => {
    const old = planHistoryPages(input({ a: monthsAgo(4), b: new Date("0999-11-28T10:00:00Z"), c: new Date("0001-01-01T00:00:00Z") }));
    expect(old.state.count).toBe(2);
    expect(old.pages).toEqual([2]);
    const long = planHistoryPages(input({ a: new Date("1970-01-02T00:00:00Z") }));
    expect(long.pages).toHaveLength(MAX_HISTORY_PAGES - 1);
  });

  it("after that, renders only the pages an edit touched", () => {
    const starts = { a: monthsAgo(1), b: monthsAgo(4), c: monthsAgo(7), d: monthsAgo(10) };
    const { state } = planHistoryPages(input(starts));
    expect(planHistoryPages(input(starts, { previous: state, changed: ["c"] })).pages).toEqual([3]);
    // Its start moved from page 3 to page 2: both change.
    expect(planHistoryPages(input({ ...starts, c: monthsAgo(5) }, { previous: state, changed: ["c"] })).pages).toEqual([2, 3]);
    // Deleted: the page it was on.
    const { d: _d, ...withoutD } = starts;
    expect(planHistoryPages(input(withoutD, { previous: state, changed: [] })).pages).toEqual([3]);
    expect(planHistoryPages(input(starts, { previous: state, changed: ["a"] })).pages).toEqual([]);
  });

  it("renders the old last page when the history grows, and everything on a new month or setting", () => {
    const starts = { a: monthsAgo(1), b: monthsAgo(4) };
    const { state } = planHistoryPages(input(starts));
    expect(planHistoryPages(input({ ...starts, c: monthsAgo(8) }, { previous: state, changed: ["c"] })).pages).toEqual([2, 3]);
    expect(planHistoryPages(input(starts, { previous: state, everything: true })).pages).toEqual([2]);
    expect(planHistoryPages(input(starts, { previous: state, now: new Date("2027-01-02T00:00:00Z") })).pages).toEqual([2, 3]);
  });

  it("re-renders the pages of open incidents on the periodic refresh", () => {
    const starts = { a: monthsAgo(1), b: monthsAgo(4), c: monthsAgo(7) };
    const { state } = planHistoryPages(input(starts));
    expect(planHistoryPages(input(starts, { previous: state, open: ["c"], refresh: true })).pages).toEqual([3]);
    expect(planHistoryPages(input(starts, { previous: state, open: ["c"], refresh: false })).pages).toEqual([]);
  });
});
