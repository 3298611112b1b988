import type { Impact, IncidentKind, IncidentStatus } from "./incident-record";

// Words for incident states, shared by the page, the feeds and (later) emails.

export const incidentStatusLabel: Record<IncidentStatus, string> = {
  investigating: "Investigating",
  identified: "Identified",
  monitoring: "Monitoring",
  resolved: "Resolved",
  postmortem: "Postmortem",
  scheduled: "Scheduled",
  in_progress: "In progress",
  verifying: "Verifying",
  completed: "Completed",
};

export const impactLabel: Record<Impact, string> = {
  none: "No impact",
  minor: "Minor impact",
  major: "Major impact",
  critical: "Critical impact",
  maintenance: "Maintenance",
};

const maintenanceHeadline: Partial<Record<IncidentStatus, string>> = {
  scheduled: "Scheduled maintenance",
  in_progress: "Maintenance in progress",
  verifying: "Maintenance being verified",
  completed: "Maintenance completed",
};

/** The status in words as an email's subject or a chat message leads with it. */
export function statusHeadline(kind: IncidentKind, status: IncidentStatus): string {
  return (kind === "maintenance" ? maintenanceHeadline[status] : undefined) ?? incidentStatusLabel[status];
}
