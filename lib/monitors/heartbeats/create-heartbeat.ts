import "server-only";
import { type Actor, authorize } from "../../auth/actor";
import { generateSecretToken, hashSecretToken } from "../../auth/secret-token";
import { recordAudit } from "../../audit/record-audit";
import { getDb } from "../../db";
import { getEnv } from "../../env";
import { ValidationError } from "../../errors";
import { ensurePage } from "../../pages/ensure-page";
import { parseInput } from "../../validation";
import { type MonitorView, toMonitorView } from "../monitor-view";
import { type CreateHeartbeatInput, createHeartbeatInput } from "./schemas";

// The secret is part of the ping URL and is shown once; only its hash is stored, as for API
// tokens. The first ping is awaited one period plus the grace from now.

export const HEARTBEAT_PREFIX = "hb_";

export function heartbeatUrl(secret: string): string {
  return `${getEnv().BEACON_URL.replace(/\/$/, "")}/api/v1/heartbeats/${secret}`;
}

export async function createHeartbeat(actor: Actor, input: CreateHeartbeatInput): Promise<{ monitor: MonitorView; pingUrl: string }> {
  authorize(actor, "monitors:write");
  const data = parseInput(createHeartbeatInput, input);
  const { id: pageId } = await ensurePage();
  const secret = generateSecretToken(HEARTBEAT_PREFIX);
  const now = new Date();
  const row = await getDb().$transaction(async (tx) => {
    const component = await tx.component.findFirst({ where: { id: data.componentId, pageId }, select: { id: true } });
    if (!component) throw new ValidationError("componentId names no component of this page", { componentId: "names no component of this page" });
    const created = await tx.monitor.create({
      data: {
        pageId,
        kind: "heartbeat",
        name: data.name,
        componentId: data.componentId,
        heartbeatHash: hashSecretToken(secret),
        intervalSeconds: data.periodSeconds,
        graceSeconds: data.graceSeconds,
        failureThreshold: data.failureThreshold,
        successThreshold: data.successThreshold,
        showChart: data.showChart,
        nextCheckAt: new Date(now.getTime() + (data.periodSeconds + data.graceSeconds) * 1000),
      },
    });
    await recordAudit(tx, { pageId, actor, action: "heartbeat.create", targetType: "monitor", targetId: created.id, details: { periodSeconds: data.periodSeconds, graceSeconds: data.graceSeconds } });
    return created;
  });
  return { monitor: await toMonitorView(row), pingUrl: heartbeatUrl(secret) };
}
