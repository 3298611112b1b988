import "server-only";
import type { IncidentRecord } from "../incidents/incident-record";
import { getOldestIncidentStart } from "../incidents/get-oldest-incident-start";
import { listIncidents } from "../incidents/list-incidents";
import type { PageSettings } from "../pages/get-page-settings";
import { HISTORY_FLOOR, historyPageCount, historyWindow, type MonthKey, monthOf } from "./history-window";
import { getPublicPage } from "./get-public-page";

export type HistoryData = {
  page: PageSettings;
  now: Date;
  pageNumber: number;
  pageCount: number;
  months: { month: MonthKey; incidents: IncidentRecord[] }[];
};

/** One page of /history: three months of incidents and maintenance, newest first; null past the last page. */
export async function loadHistory(pageNumber: number, now = new Date()): Promise<HistoryData | null> {
  const page = await getPublicPage();
  const pageCount = historyPageCount(await getOldestIncidentStart(page.id, HISTORY_FLOOR), now, page.timeZone);
  // Checked before the window is computed: a page far past the last would reach year 0.
  if (!Number.isSafeInteger(pageNumber) || pageNumber < 1 || pageNumber > pageCount) return null;
  const window = historyWindow(pageNumber, now, page.timeZone);
  const incidents = await listIncidents({ pageId: page.id, startedFrom: window.from, startedBefore: window.to });
  return {
    page,
    now,
    pageNumber,
    pageCount,
    months: window.months.map((month) => ({
      month,
      incidents: incidents.filter((incident) => monthOf(incident.startedAt, page.timeZone) === month),
    })),
  };
}
