import "server-only";
import { getDb } from "../../db";
import { DEFAULT_PAGE_ID } from "../../pages/default-page";
import { loadV2Data } from "../v2/load-v2-data";
import { toV2Status } from "../v2/serialize-responses";
import { type BadgeStatus, componentBadgeStatus, overallBadgeStatus } from "./badge-status";

export type BadgeContent = { label: string; status: BadgeStatus };

export const OVERALL_BADGE_LABEL = "status";

/** The page's badge, rolled up from the same reads as /api/v2/status.json. */
export async function loadOverallBadge(): Promise<BadgeContent> {
  const data = await loadV2Data("status");
  // Listed as on the public page (load-status-page.ts): shown, and not hidden while operational.
  const listed = data.tree.components.filter((c) => c.showcase && (!c.onlyShowIfDegraded || c.status !== "operational")).length;
  return { label: OVERALL_BADGE_LABEL, status: overallBadgeStatus(toV2Status(data), listed) };
}

/**
 * One component's badge, or null when the page does not show it (unknown id, or showcase off).
 * A component only shown while degraded keeps its badge: a webmaster embeds it on purpose.
 */
export async function loadComponentBadge(id: string): Promise<BadgeContent | null> {
  const component = await getDb().component.findFirst({
    where: { id, pageId: DEFAULT_PAGE_ID, showcase: true },
    select: { name: true, status: true },
  });
  return component ? { label: component.name, status: componentBadgeStatus(component.status) } : null;
}
