import "server-only";
import { getDb } from "../db";
import { type TemplateRecord, templateSelect, toTemplateRecord } from "./template-record";

/** One of a page's templates, or null if the page has none with that id. */
export async function getTemplate(pageId: string, id: string): Promise<TemplateRecord | null> {
  const row = await getDb().incidentTemplate.findFirst({ where: { id, pageId }, select: templateSelect });
  return row ? toTemplateRecord(row) : null;
}
