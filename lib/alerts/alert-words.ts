import { componentStatusLabel } from "../components/status";
import type { MappedAlert } from "./map-alerts";
import type { AlertmanagerWebhook } from "./schemas";

// The words of incidents made from alerts. They reach the public page and subscribers, so
// they name the alert, the component and its summary, never other labels (hosts, addresses).

const MAX_LISTED = 20;
const MAX_NAME = 200;
const MAX_TEXT = 2000;

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function common(payload: AlertmanagerWebhook, name: string): string | null {
  return payload.commonAnnotations[name]?.trim() || null;
}

/** The common summary, else the alert's name (and how many others fire with it). */
export function incidentName(payload: AlertmanagerWebhook, firing: readonly MappedAlert[]): string {
  const summary = common(payload, "summary");
  if (summary) return cut(summary, MAX_NAME);
  const names = [...new Set(firing.map((alert) => alert.alertname).filter((name): name is string => name !== null))];
  const alertname = payload.commonLabels.alertname?.trim() || names[0];
  if (!alertname) return "Alert from our monitoring";
  const others = names.filter((name) => name !== alertname).length;
  return cut(others > 0 ? `${alertname} and ${others} more alert${others === 1 ? "" : "s"}` : alertname, MAX_NAME);
}

function alertLine(alert: MappedAlert, componentNames: ReadonlyMap<string, string>): string {
  const what = alert.alertname ?? "An alert";
  const where = alert.componentId ? ` on ${componentNames.get(alert.componentId) ?? "a component"}` : "";
  const status = alert.firing ? `: ${componentStatusLabel[alert.status].toLowerCase()}` : "";
  const summary = alert.summary ? ` (${cut(alert.summary, 300)})` : "";
  return `- ${what}${where}${status}${summary}`;
}

function alertList(alerts: readonly MappedAlert[], componentNames: ReadonlyMap<string, string>): string {
  const lines = alerts.slice(0, MAX_LISTED).map((alert) => alertLine(alert, componentNames));
  if (alerts.length > MAX_LISTED) lines.push(`- and ${alerts.length - MAX_LISTED} more`);
  return lines.join("\n");
}

/** "A", "A and B", "A, B and C". */
function inWords(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

function firingCount(count: number): string {
  return count === 1 ? "1 alert is firing" : `${count} alerts are firing`;
}

function notShown(payload: AlertmanagerWebhook, unmatched: number): string[] {
  const lines: string[] = [];
  if (unmatched > 0) lines.push(`${unmatched} more alert${unmatched === 1 ? "" : "s"} of this group concern${unmatched === 1 ? "s" : ""} nothing on this page.`);
  if (payload.truncatedAlerts > 0) lines.push(`Alertmanager left out ${payload.truncatedAlerts} more (its max_alerts setting).`);
  return lines;
}

export type AlertWords = { payload: AlertmanagerWebhook; alerts: readonly MappedAlert[]; componentNames: ReadonlyMap<string, string> };

export function openingBody({ payload, alerts, componentNames }: AlertWords): string {
  const firing = alerts.filter((alert) => alert.firing && alert.componentId);
  const unmatched = alerts.filter((alert) => alert.firing && !alert.componentId).length;
  const intro = common(payload, "description") ?? common(payload, "summary");
  return [
    ...(intro ? [cut(intro, MAX_TEXT)] : []),
    `Our monitoring reports a problem: ${firingCount(firing.length)}.`,
    alertList(firing, componentNames),
    ...notShown(payload, unmatched),
  ].join("\n\n");
}

export function changeBody({ payload, alerts, componentNames }: AlertWords): string {
  const firing = alerts.filter((alert) => alert.firing && alert.componentId);
  const ended = alerts.filter((alert) => !alert.firing && alert.componentId);
  const unmatched = alerts.filter((alert) => alert.firing && !alert.componentId).length;
  return [
    `The alerts changed: ${firingCount(firing.length)} now.`,
    ...(firing.length > 0 ? [alertList(firing, componentNames)] : []),
    ...(ended.length > 0 ? ["No longer firing:", alertList(ended, componentNames)] : []),
    ...notShown(payload, unmatched),
  ].join("\n\n");
}

export function resolvingBody({ alerts, componentNames, restored }: AlertWords & { restored: readonly string[] }): string {
  const ended = alerts.filter((alert) => alert.componentId);
  const names = restored.map((id) => componentNames.get(id)).filter((name): name is string => Boolean(name));
  return [
    "Our monitoring reports that the problem is over: no alert is firing any more.",
    ...(ended.length > 0 ? [alertList(ended, componentNames)] : []),
    ...(names.length > 0 ? [`${inWords(names)} ${names.length === 1 ? "is" : "are"} operational again.`] : []),
  ].join("\n\n");
}
