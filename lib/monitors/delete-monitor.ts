import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { NotFoundError } from "../errors";
import { ensurePage } from "../pages/ensure-page";
import { MONITOR_GONE } from "./update-monitor";

// Removes a monitor and its checks. An incident it opened stays, as any incident does: it is
// part of the page's history.

export async function deleteMonitor(actor: Actor, id: string): Promise<void> {
  authorize(actor, "monitors:write");
  const { id: pageId } = await ensurePage();
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.monitor.deleteMany({ where: { id, pageId } });
    if (count !== 1) throw new NotFoundError(MONITOR_GONE);
    await recordAudit(tx, { pageId, actor, action: "monitor.delete", targetType: "monitor", targetId: id });
  });
}
