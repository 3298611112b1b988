import { historyPageCount, historyPager, monthOf } from "../../lib/status-page/history-window";

// Which /history pages a rebuild renders. A page lists three months, so an edit changes the
// page its incident is on (and the one it left, when its start moved); the rest are rendered
// only when every page shifts: a new month, another zone, the first build, a page setting.
// Pages past the last are never rendered, and page 1 is a fixed path rendered every time.
// Placing an incident costs a time-zone conversion (~10 µs): with ten thousand incidents that
// is 0.1 s of the serving thread, so a placement is reused while its start, the month and the
// zone stay the same.

type Placement = { startedAt: number; page: number | null };

export type HistoryState = { count: number; month: string; timeZone: string; pageOf: Map<string, number>; placed: Map<string, Placement> };

export type HistoryPlanInput = {
  previous: HistoryState | undefined;
  // Every incident's start, by id.
  startedAt: Map<string, Date>;
  oldest: Date | null;
  changed: string[];
  // Incidents whose pages show a running duration: re-rendered on the periodic refresh.
  open: string[];
  refresh: boolean;
  everything: boolean;
  now: Date;
  timeZone: string;
};

export type HistoryPlan = { state: HistoryState; pages: number[] };

export function planHistoryPages(input: HistoryPlanInput): HistoryPlan {
  const { previous, now, timeZone } = input;
  const count = historyPageCount(input.oldest, now, timeZone);
  const month = monthOf(now, timeZone);
  const reusable = previous && previous.month === month && previous.timeZone === timeZone ? previous.placed : new Map<string, Placement>();
  const pageFor = historyPager(now, timeZone);
  const pageOf = new Map<string, number>();
  const placed = new Map<string, Placement>();
  for (const [id, startedAt] of input.startedAt) {
    const known = reusable.get(id);
    const placement = known?.startedAt === startedAt.getTime() ? known : { startedAt: startedAt.getTime(), page: pageFor(startedAt) };
    placed.set(id, placement);
    if (placement.page !== null) pageOf.set(id, placement.page);
  }
  const state: HistoryState = { count, month, timeZone, pageOf, placed };
  const all = input.everything || !previous || previous.month !== state.month || previous.timeZone !== timeZone;
  const pages = new Set<number>();
  if (all) {
    for (let page = 2; page <= count; page += 1) pages.add(page);
  } else {
    const add = (page: number | undefined) => page !== undefined && pages.add(page);
    for (const id of input.changed) {
      add(pageOf.get(id));
      add(previous.pageOf.get(id));
    }
    for (const [id, page] of previous.pageOf) if (!input.startedAt.has(id)) add(page);
    if (input.refresh) for (const id of input.open) add(pageOf.get(id));
    // The last page lacks the "Older" link: a new last page changes the one before it.
    if (previous.count !== count) for (let page = Math.min(previous.count, count); page <= count; page += 1) add(page);
  }
  return { state, pages: [...pages].filter((page) => page >= 2 && page <= count).sort((a, b) => a - b) };
}
