import "server-only";
import { getDb } from "../../db";

/** The components that have a badge (shown on the page), so the snapshot keeps one for each. */
export async function listBadgeComponentIds(pageId: string): Promise<string[]> {
  const rows = await getDb().component.findMany({ where: { pageId, showcase: true }, select: { id: true } });
  return rows.map(({ id }) => id);
}
