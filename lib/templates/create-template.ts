import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import { type CreateTemplateInput, createTemplateInput } from "./schemas";
import { seedBuiltInTemplates } from "./seed-built-in-templates";
import { assertLabelFree, type TemplateRecord, templateSelect, toTemplateRecord } from "./template-record";

/** Adds a webmaster's own template after the others. */
export async function createTemplate(actor: Actor, input: CreateTemplateInput): Promise<TemplateRecord> {
  authorize(actor, "incidents:write");
  const data = parseInput(createTemplateInput, input);
  const { id: pageId } = await ensurePage();
  // Beacon's own come first, and the label check must see them.
  await seedBuiltInTemplates(pageId);
  return getDb().$transaction(async (tx) => {
    await assertLabelFree(tx, { pageId, label: data.label });
    const last = await tx.incidentTemplate.aggregate({ where: { pageId }, _max: { position: true } });
    const template = await tx.incidentTemplate.create({
      data: { ...data, pageId, key: null, position: (last._max.position ?? -1) + 1 },
      select: templateSelect,
    });
    await recordAudit(tx, {
      pageId,
      actor,
      action: "incident_template.create",
      targetType: "incident_template",
      targetId: template.id,
      details: { label: template.label },
    });
    return toTemplateRecord(template);
  });
}
