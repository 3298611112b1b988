import "server-only";
import type { Monitor } from "../../generated/sqlite/client/client.ts";
import { getDb } from "../db";
import type { ClaimedMonitor } from "./claim-due-monitors";
import type { CheckSettings } from "./check/check-settings";
import { runHttpCheck } from "./check/run-http-check";
import { missedHeartbeat } from "./heartbeats/missed-heartbeat";
import { openHeaders } from "./monitor-view";
import { type RecordedCheck, recordCheck } from "./record-check";

// Checks one claimed monitor as it is stored now and records the result.

async function settingsOf(row: Monitor): Promise<CheckSettings> {
  return {
    url: row.url,
    method: row.method as CheckSettings["method"],
    headers: await openHeaders(row.sealedHeaders),
    timeoutMs: row.timeoutMs,
    upStatuses: row.upStatuses,
    keyword: row.keyword ? { text: row.keyword, mode: row.keywordMode === "absent" ? "absent" : "present" } : null,
    json: row.jsonPath && row.jsonExpected !== null ? { path: row.jsonPath, expected: row.jsonExpected } : null,
    degradedAfterMs: row.degradedAfterMs,
    certExpiryDays: row.certExpiryDays,
  };
}

/**
 * Null when the monitor was removed meanwhile, or its lease was lost (another process checks
 * it). A heartbeat claimed is one whose ping did not come in time: a failed check.
 */
export async function runMonitorCheck(claim: ClaimedMonitor): Promise<RecordedCheck | null> {
  const row = await getDb().monitor.findUnique({ where: { id: claim.id } });
  if (!row) return null;
  const result = row.kind === "heartbeat" ? missedHeartbeat(row, new Date()) : await runHttpCheck(await settingsOf(row));
  return recordCheck({ monitorId: claim.id, claimedUntil: claim.claimedUntil, result });
}
