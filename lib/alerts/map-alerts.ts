import { createHash } from "node:crypto";
import { type ComponentStatus, worstComponentStatus } from "../components/status";
import type { AlertmanagerWebhook } from "./schemas";

// Which component each alert is about and what status it asks for. Pure, so the rules are
// tested without a database; lib/alerts/receive-alertmanager-webhook.ts feeds it the rows.

export type ComponentRef = { id: string; name: string };
/** A dashboard route: label name -> the exact value it must have. */
export type RouteRef = { componentId: string; matchers: Record<string, string> };

export type MappedAlert = {
  fingerprint: string;
  alertname: string | null;
  summary: string | null;
  severity: string | null;
  firing: boolean;
  componentId: string | null;
  status: ComponentStatus;
};

const severityStatus: Record<string, ComponentStatus> = {
  critical: "major_outage",
  error: "partial_outage",
  major: "partial_outage",
  warning: "degraded_performance",
};

/** An unknown or missing severity counts as a partial outage: something is wrong, how badly is unsaid. */
export function statusForSeverity(severity: string | null | undefined): ComponentStatus {
  return severityStatus[(severity ?? "").trim().toLowerCase()] ?? "partial_outage";
}

/**
 * Exact match of every matcher. As in Alertmanager, a matcher with an empty value matches an
 * alert without that label.
 */
export function routeMatches(route: RouteRef, labels: Record<string, string>): boolean {
  return Object.entries(route.matchers).every(([name, value]) => (labels[name] ?? "") === value);
}

/** The `component` label (an id, else a name in any case), else the first route that matches. */
export function componentFor(labels: Record<string, string>, components: readonly ComponentRef[], routes: readonly RouteRef[]): string | null {
  const named = labels.component?.trim();
  if (named) {
    const byId = components.find((component) => component.id === named);
    const lower = named.toLowerCase();
    const byName = byId ?? components.find((component) => component.name.trim().toLowerCase() === lower);
    if (byName) return byName.id;
  }
  const known = new Set(components.map((component) => component.id));
  return routes.find((route) => known.has(route.componentId) && routeMatches(route, labels))?.componentId ?? null;
}

export function mapAlerts(payload: AlertmanagerWebhook, components: readonly ComponentRef[], routes: readonly RouteRef[]): MappedAlert[] {
  const seen = new Set<string>();
  const mapped: MappedAlert[] = [];
  for (const alert of payload.alerts) {
    // Alertmanager never repeats a fingerprint in one notification; a hand-made body might.
    if (seen.has(alert.fingerprint)) continue;
    seen.add(alert.fingerprint);
    const severity = alert.labels.severity?.trim() || null;
    mapped.push({
      fingerprint: alert.fingerprint,
      alertname: alert.labels.alertname?.trim() || null,
      summary: alert.annotations.summary?.trim() || null,
      severity,
      // A resolved group has no firing alert, whatever an alert's own status says.
      firing: payload.status === "firing" && alert.status === "firing",
      componentId: componentFor(alert.labels, components, routes),
      status: statusForSeverity(severity),
    });
  }
  return mapped;
}

/** The worst status each component gets from the firing alerts about it. */
export function worstByComponent(alerts: readonly MappedAlert[]): Record<string, ComponentStatus> {
  const byComponent = new Map<string, ComponentStatus[]>();
  for (const alert of alerts) {
    if (!alert.firing || !alert.componentId) continue;
    byComponent.set(alert.componentId, [...(byComponent.get(alert.componentId) ?? []), alert.status]);
  }
  return Object.fromEntries([...byComponent].map(([id, statuses]) => [id, worstComponentStatus(statuses)]));
}

/**
 * What a notification asks of the page, as one hash: the fingerprints, severities and components
 * of the firing alerts that name one. Resolved alerts are left out (Alertmanager drops them from
 * later notifications), and so are unmatched ones: they change nothing visitors see.
 */
export function appliedHashOf(alerts: readonly MappedAlert[]): string {
  const lines = alerts
    .filter((alert) => alert.firing && alert.componentId)
    .map((alert) => `${alert.fingerprint}\u0000${alert.severity ?? ""}\u0000${alert.componentId ?? ""}`)
    .sort();
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

export function hashGroupKey(groupKey: string): string {
  return createHash("sha256").update(groupKey).digest("hex");
}
