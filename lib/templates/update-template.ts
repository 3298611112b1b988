import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { NotFoundError, ValidationError } from "../errors";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import { type UpdateTemplateInput, updateTemplateInput } from "./schemas";
import { TEMPLATE_FIELDS } from "./template-fields";
import { assertLabelFree, type TemplateRecord, templateSelect, toTemplateRecord } from "./template-record";

/** Changes any of a template's fields, Beacon's own included; the audit log names those that changed. */
export async function updateTemplate(actor: Actor, input: UpdateTemplateInput): Promise<TemplateRecord> {
  authorize(actor, "incidents:write");
  const { id, ...data } = parseInput(updateTemplateInput, input);
  if (TEMPLATE_FIELDS.every((field) => data[field] === undefined)) throw new ValidationError("Nothing to change");
  const { id: pageId } = await ensurePage();
  return getDb().$transaction(async (tx) => {
    const current = await tx.incidentTemplate.findFirst({ where: { id, pageId }, select: templateSelect });
    if (!current) throw new NotFoundError(`Template ${id} not found`);
    const changed = TEMPLATE_FIELDS.filter((field) => data[field] !== undefined && data[field] !== current[field]);
    // Saving a form unchanged is not worth an audit entry.
    if (changed.length === 0) return toTemplateRecord(current);
    if (changed.includes("label")) await assertLabelFree(tx, { pageId, label: data.label ?? "", exceptId: id });
    const template = await tx.incidentTemplate.update({ where: { id, pageId }, data, select: templateSelect });
    await recordAudit(tx, {
      pageId,
      actor,
      action: "incident_template.update",
      targetType: "incident_template",
      targetId: id,
      details: { label: template.label, changed },
    });
    return toTemplateRecord(template);
  });
}
