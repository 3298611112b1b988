import { formatDuration } from "../../time/format-time";
import type { CheckResult } from "../check/check-result";

// What the worker records for a heartbeat whose ping did not come in time: a failed check,
// in words that say how long it has been quiet.

// Seconds below a minute (tests and quick jobs), then minutes, hours and days.
function span(ms: number): string {
  return ms < 60_000 ? `${Math.round(ms / 1000)} s` : formatDuration(ms);
}

export function missedHeartbeat(monitor: { lastPingAt: Date | null; createdAt: Date; intervalSeconds: number }, now: Date): CheckResult {
  const quietSince = monitor.lastPingAt ?? monitor.createdAt;
  const expected = `expected every ${span(monitor.intervalSeconds * 1000)}`;
  const message = monitor.lastPingAt ? `no ping for ${span(now.getTime() - quietSince.getTime())} (${expected})` : `no ping yet (${expected})`;
  return { outcome: "down", statusCode: null, timings: { dnsMs: null, connectMs: null, tlsMs: null, firstByteMs: null, totalMs: 0 }, failureClass: "heartbeat_missed", message, certificateExpiresAt: null };
}
