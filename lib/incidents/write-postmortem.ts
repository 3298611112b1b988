import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { NotFoundError, ValidationError } from "../errors";
import { enqueueNotification } from "../notifications/outbox/enqueue-notification";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import type { IncidentStatus } from "./incident-record";
import { type WritePostmortemInput, writePostmortemInput } from "./schemas";

export type WrittenPostmortem = { incidentId: string; status: IncidentStatus; postmortemPublishedAt: Date | null };

function invalid(field: string, message: string): ValidationError {
  return new ValidationError(`${field} ${message}`, { [field]: message });
}

/**
 * Saves an incident's postmortem as a draft or publishes it. Publishing needs a resolved
 * incident and moves it to "postmortem"; a draft (or unpublishing) moves it back to "resolved".
 * Editing a published postmortem keeps its first publication time; subscribers hear of the
 * first publication only.
 */
export async function writePostmortem(actor: Actor, input: WritePostmortemInput): Promise<WrittenPostmortem> {
  authorize(actor, "incidents:write");
  const data = parseInput(writePostmortemInput, input);
  const { id: pageId } = await ensurePage();
  const now = new Date();
  return getDb().$transaction(async (tx) => {
    const incident = await tx.incident.findFirst({
      where: { id: data.incidentId, pageId },
      select: { id: true, kind: true, status: true, postmortemPublishedAt: true },
    });
    if (!incident) throw new NotFoundError(`Incident ${data.incidentId} not found`);
    if (incident.kind !== "incident") throw invalid("incidentId", "is maintenance, which has no postmortem");
    const resolved = incident.status === "resolved" || incident.status === "postmortem";
    if (data.publish && !resolved) throw invalid("publish", "needs a resolved incident; resolve it first");

    const status: IncidentStatus = data.publish ? "postmortem" : incident.status === "postmortem" ? "resolved" : incident.status;
    const postmortemPublishedAt = data.publish ? (incident.postmortemPublishedAt ?? now) : null;
    await tx.incident.update({
      where: { id: incident.id, pageId },
      data: { postmortemBody: data.body, postmortemPublishedAt, status, updatedAt: now },
    });
    if (data.publish && !incident.postmortemPublishedAt && data.deliver_notifications) {
      await enqueueNotification(tx, { pageId, kind: "postmortem", incidentId: incident.id });
    }
    await recordAudit(tx, {
      pageId,
      actor,
      action: data.publish ? "incident.postmortem.publish" : "incident.postmortem.save",
      targetType: "incident",
      targetId: incident.id,
      details: { status },
    });
    return { incidentId: incident.id, status, postmortemPublishedAt };
  });
}
