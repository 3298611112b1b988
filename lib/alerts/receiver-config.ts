// The Alertmanager configuration that points at Beacon, as the dashboard shows it and as the
// test with the real Alertmanager runs it (so what people copy is what is tested).
// `authorization.credentials` needs Alertmanager 0.22 or later (older ones: bearer_token).

export const ALERTMANAGER_PATH = "/api/v1/integrations/alertmanager";

/** A notification's body may be this large: a group of hundreds of alerts passes /api/v1's 64 KB. */
export const ALERTMANAGER_BODY_LIMIT = 1024 * 1024;

/** The webhook's alerts per notification; Beacon takes up to 1,000, and reports the rest as left out. */
export const RECOMMENDED_MAX_ALERTS = 100;

export function alertmanagerReceiverYaml({ beaconUrl, token }: { beaconUrl: string; token: string }): string {
  return [
    "receivers:",
    "  - name: beacon",
    "    webhook_configs:",
    `      - url: ${JSON.stringify(`${beaconUrl.replace(/\/+$/, "")}${ALERTMANAGER_PATH}`)}`,
    "        send_resolved: true",
    `        max_alerts: ${RECOMMENDED_MAX_ALERTS}`,
    "        http_config:",
    "          authorization:",
    `            credentials: ${JSON.stringify(token)}`,
  ].join("\n");
}

export type RouteTimings = { groupWait: string; groupInterval: string; repeatInterval: string };

/** Alertmanager's defaults; the test shortens them to seconds. */
export const DEFAULT_TIMINGS: RouteTimings = { groupWait: "30s", groupInterval: "5m", repeatInterval: "4h" };

export function alertmanagerRouteYaml(timings: RouteTimings = DEFAULT_TIMINGS): string {
  return [
    "route:",
    "  receiver: beacon",
    "  group_by: [alertname]",
    `  group_wait: ${timings.groupWait}`,
    `  group_interval: ${timings.groupInterval}`,
    `  repeat_interval: ${timings.repeatInterval}`,
  ].join("\n");
}
