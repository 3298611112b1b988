import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { ConflictError, NotFoundError } from "../errors";
import { ensurePage } from "../pages/ensure-page";
import { claimMonitor } from "./claim-due-monitors";
import { type RecordedCheck } from "./record-check";
import { runMonitorCheck } from "./run-monitor-check";
import { MONITOR_GONE } from "./update-monitor";

// "Check now": one check at once, paused or not, counted like any other (it can open or
// resolve an incident). It takes the monitor's lease first, so it never runs beside the
// worker's own check of the same monitor.

export async function checkMonitorNow(actor: Actor, id: string): Promise<RecordedCheck & { message: string }> {
  authorize(actor, "monitors:write");
  const { id: pageId } = await ensurePage();
  const exists = await getDb().monitor.findFirst({ where: { id, pageId }, select: { kind: true } });
  if (!exists) throw new NotFoundError(MONITOR_GONE);
  if (exists.kind !== "http") throw new ConflictError("A heartbeat is not checked by Beacon; it waits for its job's ping.");
  const claim = await claimMonitor(id, pageId);
  if (!claim) throw new ConflictError("That monitor is being checked right now; its result shows in a moment.");
  const recorded = await runMonitorCheck(claim);
  if (!recorded) throw new NotFoundError(MONITOR_GONE);
  const { message } = await getDb().monitorCheck.findUniqueOrThrow({ where: { id: recorded.checkId }, select: { message: true } });
  await recordAudit(getDb(), { pageId, actor, action: "monitor.check", targetType: "monitor", targetId: id, details: { outcome: message } });
  return { ...recorded, message };
}
