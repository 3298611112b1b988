import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { getDb } from "../db";
import { ensurePage } from "../pages/ensure-page";

// The dashboard's newest alert groups, each with the incident it follows (or last opened).

export type AlertGroupSummary = {
  id: string;
  groupKey: string;
  receiver: string;
  status: string;
  firingCount: number;
  unmatchedCount: number;
  lastNotifiedAt: Date;
  incident: { id: string; name: string; status: string } | null;
};

export async function listAlertGroups(actor: Actor, { take = 20 }: { take?: number } = {}): Promise<AlertGroupSummary[]> {
  authorize(actor, "monitors:write");
  const { id: pageId } = await ensurePage();
  const db = getDb();
  const rows = await db.alertGroup.findMany({
    where: { pageId },
    orderBy: [{ lastNotifiedAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, groupKey: true, receiver: true, status: true, firingCount: true, unmatchedCount: true, lastNotifiedAt: true, incidentId: true, lastIncidentId: true },
  });
  const ids = rows.flatMap((row) => [row.incidentId ?? row.lastIncidentId ?? []].flat());
  const incidents = await db.incident.findMany({ where: { pageId, id: { in: ids } }, select: { id: true, name: true, status: true } });
  const byId = new Map(incidents.map((incident) => [incident.id, incident]));
  return rows.map(({ incidentId, lastIncidentId, ...row }) => ({ ...row, incident: byId.get(incidentId ?? lastIncidentId ?? "") ?? null }));
}
