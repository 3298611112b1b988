import "server-only";
import { type Actor, authorize } from "../../auth/actor";
import { recordAudit } from "../../audit/record-audit";
import { getDb } from "../../db";
import { NotFoundError, ValidationError } from "../../errors";
import { ensurePage } from "../../pages/ensure-page";
import { parseInput } from "../../validation";
import { type MonitorView, toMonitorView } from "../monitor-view";
import { MONITOR_GONE } from "../update-monitor";
import { type CreateHeartbeatInput, createHeartbeatInput } from "./schemas";

// Changes a heartbeat's name, component, period, grace or thresholds; its URL stays. A new
// period counts from the last ping (or from now, before the first one).

export async function updateHeartbeat(actor: Actor, { id, ...input }: { id: string } & CreateHeartbeatInput): Promise<MonitorView> {
  authorize(actor, "monitors:write");
  const data = parseInput(createHeartbeatInput, input);
  const { id: pageId } = await ensurePage();
  const row = await getDb().$transaction(async (tx) => {
    const stored = await tx.monitor.findFirst({ where: { id, pageId, kind: "heartbeat" }, select: { lastPingAt: true } });
    if (!stored) throw new NotFoundError(MONITOR_GONE);
    const component = await tx.component.findFirst({ where: { id: data.componentId, pageId }, select: { id: true } });
    if (!component) throw new ValidationError("componentId names no component of this page", { componentId: "names no component of this page" });
    const from = stored.lastPingAt ?? new Date();
    const updated = await tx.monitor.update({
      where: { id },
      data: {
        name: data.name,
        componentId: data.componentId,
        intervalSeconds: data.periodSeconds,
        graceSeconds: data.graceSeconds,
        failureThreshold: data.failureThreshold,
        successThreshold: data.successThreshold,
        showChart: data.showChart,
        nextCheckAt: new Date(Math.max(Date.now(), from.getTime() + (data.periodSeconds + data.graceSeconds) * 1000)),
      },
    });
    await recordAudit(tx, { pageId, actor, action: "heartbeat.update", targetType: "monitor", targetId: id, details: { periodSeconds: data.periodSeconds, graceSeconds: data.graceSeconds } });
    return updated;
  });
  return toMonitorView(row);
}
