import "server-only";
import { getDb } from "../db";

/** When the page's oldest incident or maintenance started (not before `notBefore`), or null when it has none. */
export async function getOldestIncidentStart(pageId: string, notBefore?: Date): Promise<Date | null> {
  const oldest = await getDb().incident.findFirst({
    where: { pageId, ...(notBefore ? { startedAt: { gte: notBefore } } : {}) },
    orderBy: { startedAt: "asc" },
    select: { startedAt: true },
  });
  return oldest?.startedAt ?? null;
}
