import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { ValidationError } from "../errors";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import { lockIncident, type IncidentUpdateResult, recordIncidentUpdate } from "./record-incident-update";
import { type PostIncidentUpdateInput, postIncidentUpdateInput } from "./schemas";

/**
 * Appends an update to an incident or maintenance: moves its status (which must fit its kind),
 * applies the component changes it carries, and records when it first reached monitoring or
 * was resolved (reopening clears resolvedAt).
 */
export async function postIncidentUpdate(actor: Actor, input: PostIncidentUpdateInput): Promise<IncidentUpdateResult> {
  authorize(actor, "incidents:write");
  const data = parseInput(postIncidentUpdateInput, input);
  const { id: pageId } = await ensurePage();
  return getDb().$transaction(async (tx) => {
    const incident = await lockIncident(tx, pageId, data.incidentId);
    // A postmortem follows a resolution; skipping straight to it would leave no resolvedAt.
    if (data.status === "postmortem" && incident.status !== "resolved" && incident.status !== "postmortem") {
      const message = "must be resolved before postmortem";
      throw new ValidationError(`status ${message}`, { status: message });
    }
    const result = await recordIncidentUpdate(tx, {
      incident,
      actor,
      status: data.status,
      body: data.body,
      displayAt: data.displayAt ? new Date(data.displayAt) : undefined,
      deliverNotifications: data.deliver_notifications,
      components: data.components,
    });
    await recordAudit(tx, {
      pageId,
      actor,
      action: "incident.update.post",
      targetType: "incident",
      targetId: incident.id,
      details: { updateId: result.updateId, from: incident.status, to: data.status, componentChanges: result.componentChanges },
    });
    return { incidentId: result.incidentId, updateId: result.updateId, deliverNotifications: result.deliverNotifications };
  });
}
