import "server-only";
import { getDb } from "../db";
import type { IncidentRecord } from "./incident-record";
import { incidentSelect, toIncidentRecord } from "./list-incidents";

/** One incident or maintenance of the page, or null when the page has no such id. */
export async function getIncident(pageId: string, id: string): Promise<IncidentRecord | null> {
  const row = await getDb().incident.findFirst({ where: { id, pageId }, select: incidentSelect });
  return row ? toIncidentRecord(row) : null;
}
