import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { NotFoundError } from "../errors";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import { type DeleteIncidentInput, deleteIncidentInput } from "./schemas";

/**
 * Deletes an incident or maintenance with its updates. Component statuses stay as they are and
 * the status log keeps its rows (their incidentUpdateId becomes null): uptime history is not
 * rewritten by deleting the story told about it.
 */
export async function deleteIncident(actor: Actor, input: DeleteIncidentInput): Promise<{ incidentId: string }> {
  authorize(actor, "incidents:write");
  const { incidentId } = parseInput(deleteIncidentInput, input);
  const { id: pageId } = await ensurePage();
  return getDb().$transaction(async (tx) => {
    const incident = await tx.incident.findFirst({ where: { id: incidentId, pageId }, select: { kind: true, name: true } });
    if (!incident) throw new NotFoundError(`Incident ${incidentId} not found`);
    await tx.incident.delete({ where: { id: incidentId, pageId } });
    await recordAudit(tx, {
      pageId,
      actor,
      action: "incident.delete",
      targetType: "incident",
      targetId: incidentId,
      details: { kind: incident.kind, name: incident.name },
    });
    return { incidentId };
  });
}
