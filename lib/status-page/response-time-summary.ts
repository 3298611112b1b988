import type { ResponseTimeRange, ResponseTimes } from "../monitors/rollups/read-response-times";
import { formatDateTime, formatTime } from "../time/format-time";

// The words beside a response-time chart, for everyone and for screen readers (the chart
// itself is decoration): average, p95, the slowest hour and how many checks failed.

export const RANGE_LABELS: Record<ResponseTimeRange, string> = { "24h": "last 24 hours", "7d": "last 7 days", "30d": "last 30 days", "90d": "last 90 days" };

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

export function responseTimeSummary(times: ResponseTimes, timeZone: string): string {
  const { summary, range } = times;
  if (summary.checks === 0 || summary.avgMs === null) return `No checks in the ${RANGE_LABELS[range]}.`;
  const parts = [`Response time over the ${RANGE_LABELS[range]}: ${formatMs(summary.avgMs)} on average`];
  // Estimated from the buckets' own p95s (read-response-times.ts): "about".
  if (summary.p95Ms !== null) parts.push(`95 % of checks within about ${formatMs(summary.p95Ms)}`);
  if (summary.slowestHour) {
    const at = range === "24h" ? formatTime(summary.slowestHour.startsAt, timeZone) : formatDateTime(summary.slowestHour.startsAt, timeZone);
    parts.push(`slowest hour from ${at} (${formatMs(summary.slowestHour.avgMs)} on average)`);
  }
  const failed = times.buckets.reduce((sum, bucket) => sum + bucket.failures, 0);
  const checks = summary.checks.toLocaleString("en");
  const failures = failed === 0 ? `All ${checks} checks passed.` : `${failed.toLocaleString("en")} of ${checks} checks failed.`;
  return `${parts.join("; ")}. ${failures}`;
}
