// Alertmanager webhook bodies (payload version 4) for tests, shaped as Alertmanager 0.25 sends
// them, and a caller of the route handler with a bearer token.

export type PayloadAlert = { fingerprint: string; labels: Record<string, string>; status?: "firing" | "resolved"; annotations?: Record<string, string> };

export function alertmanagerPayload(groupKey: string, alerts: PayloadAlert[], status?: "firing" | "resolved") {
  const shaped = alerts.map((alert) => ({
    status: alert.status ?? "firing",
    labels: alert.labels,
    annotations: alert.annotations ?? {},
    startsAt: "2026-01-05T10:00:00.000Z",
    endsAt: alert.status === "resolved" ? "2026-01-05T10:30:00.000Z" : "0001-01-01T00:00:00Z",
    generatorURL: "http://prometheus.internal:9090/graph",
    fingerprint: alert.fingerprint,
  }));
  return {
    version: "4",
    groupKey,
    truncatedAlerts: 0,
    status: status ?? (shaped.some((alert) => alert.status === "firing") ? "firing" : "resolved"),
    receiver: "beacon",
    groupLabels: {},
    commonLabels: {},
    commonAnnotations: {},
    externalURL: "http://alertmanager.internal:9093",
    alerts: shaped,
  };
}

export type RouteAnswer = { status: number; body: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Calls a POST handler as Next would, with `token` as the bearer token and `body` as JSON (or raw text). */
export async function postTo(handler: (request: Request) => Promise<Response>, body: unknown, token: string | null): Promise<RouteAnswer> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const request = new Request("http://localhost/api/v1/integrations/alertmanager", { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) });
  const response = await handler(request);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}
