import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { getDb } from "../db";
import { ensurePage } from "../pages/ensure-page";
import { type MonitorView, toMonitorView } from "./monitor-view";

// The page's HTTP monitors (heartbeats have their own words), by name; one by id. Reading them needs the right to change them: their
// URLs may name internal hosts.

export async function listMonitors(actor: Actor): Promise<MonitorView[]> {
  authorize(actor, "monitors:write");
  const { id: pageId } = await ensurePage();
  const rows = await getDb().monitor.findMany({ where: { pageId, kind: "http" }, orderBy: [{ name: "asc" }, { id: "asc" }] });
  return Promise.all(rows.map(toMonitorView));
}

export async function getMonitor(actor: Actor, id: string): Promise<MonitorView | null> {
  authorize(actor, "monitors:write");
  const { id: pageId } = await ensurePage();
  const row = await getDb().monitor.findFirst({ where: { id, pageId, kind: "http" } });
  return row ? toMonitorView(row) : null;
}
