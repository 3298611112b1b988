import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { getDb } from "../db";
import { ensurePage } from "../pages/ensure-page";

// The dashboard's routes, in the order they are tried.

export type AlertRouteSummary = { id: string; componentId: string; componentName: string; matchers: Record<string, string> };

export async function listAlertRoutes(actor: Actor): Promise<AlertRouteSummary[]> {
  authorize(actor, "monitors:write");
  const { id: pageId } = await ensurePage();
  const rows = await getDb().alertRoute.findMany({
    where: { pageId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { id: true, componentId: true, matchers: true, component: { select: { name: true } } },
  });
  return rows.map((row) => ({ id: row.id, componentId: row.componentId, componentName: row.component.name, matchers: JSON.parse(row.matchers) as Record<string, string> }));
}
