import type { RecordedCheck } from "../../lib/monitors/record-check";
import type { MonitorView } from "../../lib/monitors/monitor-view";
import type { MonitorCheckResponse, MonitorResponse } from "./response-schemas";

// Monitors from lib/ to the JSON of /api/v1 (see response-schemas.ts). A MonitorView holds no
// header values, and this picks its fields one by one, so none can slip into an answer.

type MonitorMethod = MonitorResponse["method"];
type KeywordMode = MonitorResponse["keyword_mode"];

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

export function serializeMonitor(monitor: MonitorView): MonitorResponse {
  return {
    id: monitor.id,
    name: monitor.name,
    url: monitor.url,
    component_id: monitor.componentId,
    // Stored as text, but only ever written through lib's enums.
    method: monitor.method as MonitorMethod,
    header_names: monitor.headerNames,
    interval_seconds: monitor.intervalSeconds,
    timeout_ms: monitor.timeoutMs,
    up_statuses: monitor.upStatuses,
    keyword: monitor.keyword,
    keyword_mode: monitor.keywordMode as KeywordMode,
    json_path: monitor.jsonPath,
    json_expected: monitor.jsonExpected,
    degraded_after_ms: monitor.degradedAfterMs,
    cert_expiry_days: monitor.certExpiryDays,
    failure_threshold: monitor.failureThreshold,
    success_threshold: monitor.successThreshold,
    paused: monitor.paused,
    show_chart: monitor.showChart,
    state: monitor.state,
    last_checked_at: iso(monitor.lastCheckedAt),
    last_message: monitor.lastMessage,
    incident_id: monitor.incidentId,
    next_check_at: monitor.nextCheckAt.toISOString(),
    created_at: monitor.createdAt.toISOString(),
    updated_at: monitor.updatedAt.toISOString(),
  };
}

/** What POST /api/v1/monitors/{id}/check answers: the check's outcome and where it left the monitor. */
export function serializeMonitorCheck(check: RecordedCheck & { message: string }): MonitorCheckResponse {
  return {
    outcome: {
      monitor_id: check.monitorId,
      check_id: check.checkId,
      state: check.state,
      message: check.message,
      transition: check.transition,
      failures: check.failures,
      successes: check.successes,
      incident_id: check.incidentId,
    },
  };
}
