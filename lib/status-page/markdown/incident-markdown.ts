import { componentStatusLabel } from "../../components/status";
import type { IncidentRecord, IncidentUpdateRecord } from "../../incidents/incident-record";
import { impactLabel, incidentStatusLabel } from "../../incidents/labels";
import { formatDateTime } from "../../time/format-time";
import { incidentPermalink } from "../v2/serialize-incident";
import { escapeMarkdownInline as md, indentBody } from "./escape-markdown";

// Incidents and maintenance as markdown blocks. Times are given twice: ISO for a program, and in
// the page's zone for a person ("2026-03-01T11:00:00.000Z (1 Mar 2026, 12:00 CET)").

export type MarkdownContext = { baseUrl: string; timeZone: string };

export function when(date: Date, timeZone: string): string {
  return `${date.toISOString()} (${formatDateTime(date, timeZone)})`;
}

function affects(incident: IncidentRecord): string[] {
  return incident.components.length === 0 ? [] : [`- Affects: ${incident.components.map((c) => md(c.name)).join(", ")}`];
}

function update(entry: IncidentUpdateRecord, timeZone: string): string {
  const edited = entry.editedAt ? " (edited)" : "";
  const lines = [`- ${incidentStatusLabel[entry.status]}, ${when(entry.displayAt, timeZone)}${edited}`];
  const body = indentBody(entry.body);
  if (body !== "") lines.push("", body);
  if (entry.componentChanges.length > 0) {
    const changes = entry.componentChanges.map(
      (c) => `${md(c.componentName)} ${componentStatusLabel[c.oldStatus].toLowerCase()} → ${componentStatusLabel[c.newStatus].toLowerCase()}`,
    );
    lines.push("", `  Component changes: ${changes.join("; ")}`);
  }
  return lines.join("\n");
}

/** An open incident: its facts, a link, and every update newest first with its body indented under it. */
export function incidentMarkdown(incident: IncidentRecord, context: MarkdownContext): string {
  const facts = [
    `- Status: ${incidentStatusLabel[incident.status]}`,
    `- Impact: ${impactLabel[incident.impact]}`,
    `- Started: ${when(incident.startedAt, context.timeZone)}`,
    ...affects(incident),
    `- Link: ${incidentPermalink(context.baseUrl, incident.id)}`,
  ];
  const parts = [`### ${md(incident.name)}`, facts.join("\n")];
  if (incident.updates.length > 0) {
    parts.push("Updates, newest first:", incident.updates.map((entry) => update(entry, context.timeZone)).join("\n\n"));
  }
  return parts.join("\n\n");
}

/** A maintenance in progress or upcoming: its window, status and a link. */
export function maintenanceMarkdown(maintenance: IncidentRecord, context: MarkdownContext, stage: "In progress" | "Upcoming"): string {
  const { scheduledFor, scheduledUntil } = maintenance;
  const window =
    scheduledFor && scheduledUntil
      ? `- Window: ${when(scheduledFor, context.timeZone)} to ${when(scheduledUntil, context.timeZone)}`
      : `- Started: ${when(maintenance.startedAt, context.timeZone)}`;
  const facts = [`- Status: ${incidentStatusLabel[maintenance.status]}`, window, ...affects(maintenance), `- Link: ${incidentPermalink(context.baseUrl, maintenance.id)}`];
  return [`### ${stage}: ${md(maintenance.name)}`, facts.join("\n")].join("\n\n");
}
