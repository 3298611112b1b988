import "server-only";
import { getDb } from "../db";

/** When the page's oldest incident or maintenance started, or null when it has none. */
export async function getOldestIncidentStart(pageId: string): Promise<Date | null> {
  const oldest = await getDb().incident.findFirst({
    where: { pageId },
    orderBy: { startedAt: "asc" },
    select: { startedAt: true },
  });
  return oldest?.startedAt ?? null;
}
