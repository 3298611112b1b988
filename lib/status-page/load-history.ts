import "server-only";
import type { IncidentRecord } from "../incidents/incident-record";
import { getOldestIncidentStart } from "../incidents/get-oldest-incident-start";
import { listIncidents } from "../incidents/list-incidents";
import type { PageSettings } from "../pages/get-page-settings";
import { historyPageCount, historyWindow, type MonthKey, monthOf } from "./history-window";
import { getPublicPage } from "./v2/get-public-page";

export type HistoryData = {
  page: PageSettings;
  now: Date;
  pageNumber: number;
  pageCount: number;
  months: { month: MonthKey; incidents: IncidentRecord[] }[];
};

/** One page of /history: three months of incidents and maintenance, newest first. */
export async function loadHistory(pageNumber: number, now = new Date()): Promise<HistoryData> {
  const page = await getPublicPage();
  const window = historyWindow(pageNumber, now, page.timeZone);
  const [incidents, oldest] = await Promise.all([
    listIncidents({ pageId: page.id, startedFrom: window.from, startedBefore: window.to }),
    getOldestIncidentStart(page.id),
  ]);
  return {
    page,
    now,
    pageNumber,
    pageCount: historyPageCount(oldest, now, page.timeZone),
    months: window.months.map((month) => ({
      month,
      incidents: incidents.filter((incident) => monthOf(incident.startedAt, page.timeZone) === month),
    })),
  };
}
