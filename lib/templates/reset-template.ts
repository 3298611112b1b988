import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { ConflictError, NotFoundError } from "../errors";
import { findBuiltInTemplate } from "./built-in-templates";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import { type ResetTemplateInput, resetTemplateInput } from "./schemas";
import { type TemplateRecord, templateSelect, toTemplateRecord } from "./template-record";

/** Puts one of Beacon's templates back to Beacon's words, undoing every edit. */
export async function resetTemplate(actor: Actor, input: ResetTemplateInput): Promise<TemplateRecord> {
  authorize(actor, "incidents:write");
  const { id } = parseInput(resetTemplateInput, input);
  const { id: pageId } = await ensurePage();
  return getDb().$transaction(async (tx) => {
    const current = await tx.incidentTemplate.findFirst({ where: { id, pageId }, select: { key: true } });
    if (!current) throw new NotFoundError(`Template ${id} not found`);
    const original = findBuiltInTemplate(current.key);
    if (!original) throw new ConflictError("Only Beacon's own templates can be reset; this one is yours to edit or delete.");
    const { key: _key, ...words } = original;
    const template = await tx.incidentTemplate.update({ where: { id, pageId }, data: words, select: templateSelect });
    await recordAudit(tx, {
      pageId,
      actor,
      action: "incident_template.reset",
      targetType: "incident_template",
      targetId: id,
      details: { label: template.label },
    });
    return toTemplateRecord(template);
  });
}
