import type { ComponentStatus } from "../components/status";

// The shape every public surface (page, v2 JSON, feeds) renders an incident from.

export type IncidentKind = "incident" | "maintenance";
export type IncidentStatus =
  | "investigating"
  | "identified"
  | "monitoring"
  | "resolved"
  | "postmortem"
  | "scheduled"
  | "in_progress"
  | "verifying"
  | "completed";
export type Impact = "none" | "minor" | "major" | "critical" | "maintenance";

export type ComponentChange = {
  componentId: string;
  componentName: string;
  oldStatus: ComponentStatus;
  newStatus: ComponentStatus;
};

export type IncidentUpdateRecord = {
  id: string;
  incidentId: string;
  status: IncidentStatus;
  body: string;
  displayAt: Date;
  deliverNotifications: boolean;
  editedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  componentChanges: ComponentChange[];
};

export type IncidentRecord = {
  id: string;
  kind: IncidentKind;
  name: string;
  status: IncidentStatus;
  impact: Impact;
  startedAt: Date;
  monitoringAt: Date | null;
  resolvedAt: Date | null;
  scheduledFor: Date | null;
  scheduledUntil: Date | null;
  postmortemBody: string | null;
  postmortemPublishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  // Affected components, in display order.
  components: { id: string; name: string }[];
  // Newest first, as Statuspage lists them.
  updates: IncidentUpdateRecord[];
};

export const UNRESOLVED_INCIDENT_STATUSES: readonly IncidentStatus[] = ["investigating", "identified", "monitoring"];
export const ACTIVE_MAINTENANCE_STATUSES: readonly IncidentStatus[] = ["in_progress", "verifying"];
export const UPCOMING_MAINTENANCE_STATUSES: readonly IncidentStatus[] = ["scheduled"];
