import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { NotFoundError } from "../errors";
import { ensurePage } from "../pages/ensure-page";

// Removing a route changes only where later notifications go: incidents already open stay.

export async function deleteAlertRoute(actor: Actor, id: string): Promise<void> {
  authorize(actor, "monitors:write");
  const { id: pageId } = await ensurePage();
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.alertRoute.deleteMany({ where: { id, pageId } });
    if (count !== 1) throw new NotFoundError("This route no longer exists (removed meanwhile?)");
    await recordAudit(tx, { pageId, actor, action: "alert_route.delete", targetType: "alert_route", targetId: id });
  });
}
