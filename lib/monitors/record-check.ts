import "server-only";
import { getDb } from "../db";
import type { CheckResult } from "./check/check-result";
import { followTransition } from "./follow-transition";
import { nextMonitorState, nextSlot, type StreakState, type Transition } from "./monitor-state";

// Keeps one check's result and moves the monitor on: its streak and state, its incident, its
// next slot, the end of its lease, in one transaction. A process whose lease ran out (it
// stalled past the margin, and another claimed the monitor) records nothing, so no check
// counts twice.

export type RecordedCheck = StreakState & { transition: Transition; monitorId: string; checkId: string; incidentId: string | null };

export type RecordCheck = {
  monitorId: string;
  /** The lease this process holds; null records a heartbeat's ping, which needs none. */
  claimedUntil: Date | null;
  result: CheckResult;
  now?: Date;
  /** When the next check is due; by default the next slot of the monitor's interval. */
  nextCheckAt?: Date;
};

export async function recordCheck({ monitorId, claimedUntil, result, now = new Date(), nextCheckAt }: RecordCheck): Promise<RecordedCheck | null> {
  return getDb().$transaction(async (tx) => {
    const lease = claimedUntil === null ? {} : { claimedUntil };
    // A write first: on PostgreSQL it locks the row, so a ping and a check, or two processes,
    // queue here and each counts the streak the previous one committed.
    const { count } = await tx.monitor.updateMany({ where: { id: monitorId, ...lease }, data: { updatedAt: now } });
    if (count !== 1) return null;
    const monitor = await tx.monitor.findUnique({
      where: { id: monitorId },
      select: { id: true, pageId: true, componentId: true, name: true, incidentId: true, state: true, failures: true, successes: true, failingSince: true, failureThreshold: true, successThreshold: true, intervalSeconds: true, nextCheckAt: true },
    });
    if (!monitor) return null;
    const next = nextMonitorState(monitor, result.outcome, monitor);
    const failingSince = result.outcome === "up" ? null : next.failures === 1 ? now : (monitor.failingSince ?? now);
    // Written first: the incident's words count this check among the good or bad ones.
    const { timings } = result;
    const check = await tx.monitorCheck.create({
      data: {
        monitorId,
        checkedAt: now,
        outcome: result.outcome,
        statusCode: result.statusCode,
        totalMs: Math.round(timings.totalMs),
        dnsMs: roundOrNull(timings.dnsMs),
        connectMs: roundOrNull(timings.connectMs),
        tlsMs: roundOrNull(timings.tlsMs),
        firstByteMs: roundOrNull(timings.firstByteMs),
        failureClass: result.failureClass,
        message: result.message,
      },
      select: { id: true },
    });
    const incidentId = await followTransition(tx, { monitor: { ...monitor, ...next, failingSince }, transition: next.transition, result, now });
    await tx.monitor.update({
      where: { id: monitorId },
      data: {
        state: next.state,
        failures: next.failures,
        successes: next.successes,
        failingSince,
        incidentId,
        lastCheckedAt: now,
        lastMessage: result.message,
        nextCheckAt: nextCheckAt ?? nextSlot(monitor.nextCheckAt, monitor.intervalSeconds, now),
        // Ends any lease, also another's: a heartbeat's ping voids the worker's "missed" check.
        claimedUntil: null,
      },
    });
    return { ...next, monitorId, checkId: check.id, incidentId };
  });
}

function roundOrNull(ms: number | null): number | null {
  return ms === null ? null : Math.round(ms);
}
