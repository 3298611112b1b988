import type { ComponentStatus } from "../components/status";
import { ValidationError } from "../errors";
import type { Impact, IncidentKind, IncidentStatus } from "./incident-record";

// Which statuses fit which kind, and what reaching a status does to an incident's timestamps.
// Pure, so the rules can be tested without a database.

export const INCIDENT_STATUSES = ["investigating", "identified", "monitoring", "resolved", "postmortem"] as const;
export const MAINTENANCE_STATUSES = ["scheduled", "in_progress", "verifying", "completed"] as const;

const statusesOf: Record<IncidentKind, readonly IncidentStatus[]> = {
  incident: INCIDENT_STATUSES,
  maintenance: MAINTENANCE_STATUSES,
};

// An incident or maintenance in one of these is over: it has a resolvedAt.
const CLOSED_STATUSES: readonly IncidentStatus[] = ["resolved", "postmortem", "completed"];

export function statusFitsKind(kind: IncidentKind, status: IncidentStatus): boolean {
  return statusesOf[kind].includes(status);
}

/** Throws a ValidationError naming `field` when the status belongs to the other lifecycle. */
export function assertStatusFitsKind(kind: IncidentKind, status: IncidentStatus, field = "status"): void {
  if (statusFitsKind(kind, status)) return;
  const message = `must be one of ${statusesOf[kind].join(", ")} for ${kind === "incident" ? "an incident" : "maintenance"}`;
  throw new ValidationError(`${field} ${message}`, { [field]: message });
}

export type LifecycleTimestamps = { monitoringAt: Date | null; resolvedAt: Date | null };

/**
 * monitoringAt and resolvedAt record the first time an incident reached monitoring and
 * resolved; moving back to an open status (reopening) clears resolvedAt, since it is no longer
 * resolved, while monitoringAt keeps the first time.
 */
export function nextTimestamps(current: LifecycleTimestamps, status: IncidentStatus, now: Date): LifecycleTimestamps {
  const closed = CLOSED_STATUSES.includes(status);
  return {
    monitoringAt: status === "monitoring" ? (current.monitoringAt ?? now) : current.monitoringAt,
    resolvedAt: closed ? (current.resolvedAt ?? now) : null,
  };
}

export function isClosedStatus(status: IncidentStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}

const impactOfStatus: Record<ComponentStatus, Impact> = {
  operational: "none",
  under_maintenance: "none",
  degraded_performance: "minor",
  partial_outage: "major",
  major_outage: "critical",
};

const impactRank: Impact[] = ["none", "minor", "major", "critical"];

/** The impact an incident gets by default: that of the worst component status it sets. */
export function impactOf(statuses: Iterable<ComponentStatus>): Impact {
  let worst: Impact = "none";
  for (const status of statuses) {
    const impact = impactOfStatus[status];
    if (impactRank.indexOf(impact) > impactRank.indexOf(worst)) worst = impact;
  }
  return worst;
}
