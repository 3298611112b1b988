import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { ConflictError, NotFoundError } from "../errors";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import { type DeleteTemplateInput, deleteTemplateInput } from "./schemas";

/** Deletes a template a webmaster added. Beacon's own stay (they would be seeded again): they can be reset. */
export async function deleteTemplate(actor: Actor, input: DeleteTemplateInput): Promise<{ id: string; label: string }> {
  authorize(actor, "incidents:write");
  const { id } = parseInput(deleteTemplateInput, input);
  const { id: pageId } = await ensurePage();
  return getDb().$transaction(async (tx) => {
    const template = await tx.incidentTemplate.findFirst({ where: { id, pageId }, select: { key: true, label: true } });
    if (!template) throw new NotFoundError(`Template ${id} not found`);
    if (template.key !== null) throw new ConflictError("Beacon's own templates cannot be deleted; reset it to Beacon's words instead.");
    await tx.incidentTemplate.delete({ where: { id, pageId } });
    await recordAudit(tx, {
      pageId,
      actor,
      action: "incident_template.delete",
      targetType: "incident_template",
      targetId: id,
      details: { label: template.label },
    });
    return { id, label: template.label };
  });
}
