import "server-only";
import { getDb } from "../db";
import { seedBuiltInTemplates } from "./seed-built-in-templates";
import { type TemplateRecord, templateSelect, toTemplateRecord } from "./template-record";

const order = [{ position: "asc" as const }, { createdAt: "asc" as const }, { id: "asc" as const }];

/** A page's incident templates in order, Beacon's own first; seeds those on first use. */
export async function listTemplates(pageId: string): Promise<TemplateRecord[]> {
  const db = getDb();
  const rows = await db.incidentTemplate.findMany({ where: { pageId }, orderBy: order, select: templateSelect });
  const seeded = await seedBuiltInTemplates(pageId, new Set(rows.map((row) => row.key)));
  const current = seeded ? await db.incidentTemplate.findMany({ where: { pageId }, orderBy: order, select: templateSelect }) : rows;
  return current.map(toTemplateRecord);
}
