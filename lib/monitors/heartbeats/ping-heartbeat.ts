import "server-only";
import { hashSecretToken } from "../../auth/secret-token";
import { getDb } from "../../db";
import { recordCheck } from "../record-check";
import { HEARTBEAT_PREFIX } from "./create-heartbeat";

// A job's ping: a good check, and the next one awaited a period plus the grace from now.
// Pings closer together than a second are taken but not recorded again, so a job in a loop
// (or someone who found the URL) cannot fill the database.

const COALESCE_MS = 1_000;
const SECRET_SHAPE = /^hb_[A-Za-z0-9_-]{20,100}$/;

export type PingOutcome = "recorded" | "coalesced" | "paused" | "unknown";

export async function pingHeartbeat(secret: string, now = new Date()): Promise<PingOutcome> {
  if (!secret.startsWith(HEARTBEAT_PREFIX) || !SECRET_SHAPE.test(secret)) return "unknown";
  const db = getDb();
  const monitor = await db.monitor.findUnique({ where: { heartbeatHash: hashSecretToken(secret) }, select: { id: true, kind: true, paused: true, lastPingAt: true, intervalSeconds: true, graceSeconds: true } });
  if (!monitor || monitor.kind !== "heartbeat") return "unknown";
  if (monitor.paused) return "paused";
  if (monitor.lastPingAt && now.getTime() - monitor.lastPingAt.getTime() < COALESCE_MS) return "coalesced";
  const { count } = await db.monitor.updateMany({ where: { id: monitor.id, OR: [{ lastPingAt: null }, { lastPingAt: { lt: new Date(now.getTime() - COALESCE_MS) } }] }, data: { lastPingAt: now } });
  if (count !== 1) return "coalesced";
  await recordCheck({
    monitorId: monitor.id,
    claimedUntil: null,
    now,
    nextCheckAt: new Date(now.getTime() + (monitor.intervalSeconds + monitor.graceSeconds) * 1000),
    result: { outcome: "up", statusCode: null, timings: { dnsMs: null, connectMs: null, tlsMs: null, firstByteMs: null, totalMs: 0 }, failureClass: null, message: "ping received", certificateExpiresAt: null },
  });
  return "recorded";
}
