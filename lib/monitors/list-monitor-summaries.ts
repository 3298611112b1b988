import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { getDb } from "../db";
import { isClosedStatus } from "../incidents/lifecycle";
import type { IncidentStatus } from "../incidents/incident-record";
import { ensurePage } from "../pages/ensure-page";
import type { Monitor } from "../../generated/sqlite/client/client.ts";
import { type MonitorView, toMonitorView } from "./monitor-view";

// The dashboard's view of monitors: each with its component, its latest checks (a sparkline),
// its last failure and the incident it follows. `awaitingPerson`: the checks pass again, but
// someone posted on the incident, so resolving it is theirs (follow-transition.ts).

export type CheckPoint = {
  id: string;
  checkedAt: Date;
  outcome: "unknown" | "up" | "degraded" | "down";
  statusCode: number | null;
  totalMs: number;
  dnsMs: number | null;
  connectMs: number | null;
  tlsMs: number | null;
  firstByteMs: number | null;
  failureClass: string | null;
  message: string;
};

export type MonitorSummary = MonitorView & {
  componentName: string;
  recent: CheckPoint[];
  lastFailure: CheckPoint | null;
  incident: { id: string; name: string; status: string } | null;
  awaitingPerson: boolean;
};

const checkSelect = { id: true, checkedAt: true, outcome: true, statusCode: true, totalMs: true, dnsMs: true, connectMs: true, tlsMs: true, firstByteMs: true, failureClass: true, message: true } as const;

async function summarize(row: Monitor & { component: { name: string } }, recentCount: number): Promise<MonitorSummary> {
  const db = getDb();
  const [recent, lastFailure, incident] = await Promise.all([
    db.monitorCheck.findMany({ where: { monitorId: row.id }, orderBy: { checkedAt: "desc" }, take: recentCount, select: checkSelect }),
    db.monitorCheck.findFirst({ where: { monitorId: row.id, outcome: { not: "up" } }, orderBy: { checkedAt: "desc" }, select: checkSelect }),
    row.incidentId ? db.incident.findFirst({ where: { id: row.incidentId, pageId: row.pageId }, select: { id: true, name: true, status: true } }) : null,
  ]);
  const open = incident && !isClosedStatus(incident.status as IncidentStatus) ? incident : null;
  return {
    ...(await toMonitorView(row)),
    componentName: row.component.name,
    recent: recent.reverse(),
    lastFailure,
    incident: open,
    awaitingPerson: open !== null && row.state === "up",
  };
}

export async function listMonitorSummaries(actor: Actor): Promise<MonitorSummary[]> {
  authorize(actor, "monitors:write");
  const { id: pageId } = await ensurePage();
  const rows = await getDb().monitor.findMany({ where: { pageId }, orderBy: [{ name: "asc" }, { id: "asc" }], include: { component: { select: { name: true } } } });
  return Promise.all(rows.map((row) => summarize(row, 30)));
}

export type MonitorDetail = MonitorSummary & { recentFailures: CheckPoint[] };

export async function getMonitorDetail(actor: Actor, id: string): Promise<MonitorDetail | null> {
  authorize(actor, "monitors:write");
  const { id: pageId } = await ensurePage();
  const row = await getDb().monitor.findFirst({ where: { id, pageId }, include: { component: { select: { name: true } } } });
  if (!row) return null;
  const [summary, recentFailures] = await Promise.all([
    summarize(row, 60),
    getDb().monitorCheck.findMany({ where: { monitorId: id, outcome: { not: "up" } }, orderBy: { checkedAt: "desc" }, take: 20, select: checkSelect }),
  ]);
  return { ...summary, recentFailures };
}
