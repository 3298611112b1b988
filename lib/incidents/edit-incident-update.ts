import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { NotFoundError } from "../errors";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import { type EditIncidentUpdateInput, editIncidentUpdateInput } from "./schemas";

export type EditedIncidentUpdate = { incidentId: string; updateId: string; editedAt: Date };

/**
 * Corrects an update's message (and display time). Component statuses are history by then and
 * never change here; editedAt lets the public page say the message was edited.
 */
export async function editIncidentUpdate(actor: Actor, input: EditIncidentUpdateInput): Promise<EditedIncidentUpdate> {
  authorize(actor, "incidents:write");
  const data = parseInput(editIncidentUpdateInput, input);
  const { id: pageId } = await ensurePage();
  const now = new Date();
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.incidentUpdate.updateMany({
      where: { id: data.updateId, incidentId: data.incidentId, incident: { pageId } },
      data: { body: data.body, displayAt: data.displayAt ? new Date(data.displayAt) : undefined, editedAt: now },
    });
    if (count === 0) throw new NotFoundError(`Incident update ${data.updateId} not found`);
    // The incident's public shape changed, so its updatedAt moves too (feeds and JSON show it).
    await tx.incident.update({ where: { id: data.incidentId, pageId }, data: { updatedAt: now } });
    await recordAudit(tx, {
      pageId,
      actor,
      action: "incident.update.edit",
      targetType: "incident",
      targetId: data.incidentId,
      details: { updateId: data.updateId, displayAt: data.displayAt ?? null },
    });
    return { incidentId: data.incidentId, updateId: data.updateId, editedAt: now };
  });
}
