import type { ComponentStatus } from "../components/status";
import {
  ACTIVE_MAINTENANCE_STATUSES,
  type IncidentRecord,
  UNRESOLVED_INCIDENT_STATUSES,
} from "../incidents/incident-record";

// The page's overall status, rolled up the way Atlassian Statuspage does it, so tools that read
// /api/v2/status.json see the same indicator and words they would see on a Statuspage page.

export type Indicator = "none" | "minor" | "major" | "critical" | "maintenance";

export type Rollup = { indicator: Indicator; description: string };

export type RollupInput = {
  componentStatuses: readonly ComponentStatus[];
  // Any incidents and maintenance; only unresolved incidents and active maintenance count,
  // so callers may pass a wider list (e.g. one that also holds upcoming maintenance).
  incidents: readonly Pick<IncidentRecord, "kind" | "status" | "impact">[];
};

// Worst wins: maintenance only shows when nothing is actually broken.
const rank: Record<Indicator, number> = { none: 0, maintenance: 1, minor: 2, major: 3, critical: 4 };

const fromComponent: Record<ComponentStatus, Indicator> = {
  operational: "none",
  degraded_performance: "minor",
  partial_outage: "major",
  major_outage: "critical",
  under_maintenance: "maintenance",
};

const descriptions: Record<Indicator, string> = {
  none: "All Systems Operational",
  minor: "Minor Service Outage",
  major: "Partial System Outage",
  critical: "Major System Outage",
  maintenance: "Service Under Maintenance",
};

// Statuspage says "Partially Degraded Service" when only components are degraded and
// "Minor Service Outage" when an incident declares minor impact; we follow that split.
const DEGRADED_ONLY = "Partially Degraded Service";

function worse(a: Indicator, b: Indicator): Indicator {
  return rank[b] > rank[a] ? b : a;
}

/** The page's indicator and description from its components, incidents and maintenance. */
export function rollupStatus(input: RollupInput): Rollup {
  let fromComponents: Indicator = "none";
  for (const status of input.componentStatuses) fromComponents = worse(fromComponents, fromComponent[status]);

  let fromIncidents: Indicator = "none";
  for (const incident of input.incidents) {
    if (incident.kind === "incident" && UNRESOLVED_INCIDENT_STATUSES.includes(incident.status)) {
      fromIncidents = worse(fromIncidents, incident.impact);
    } else if (incident.kind === "maintenance" && ACTIVE_MAINTENANCE_STATUSES.includes(incident.status)) {
      fromIncidents = worse(fromIncidents, "maintenance");
    }
  }

  const indicator = worse(fromComponents, fromIncidents);
  if (indicator === "minor" && fromIncidents !== "minor") return { indicator, description: DEGRADED_ONLY };
  return { indicator, description: descriptions[indicator] };
}

const banners: Record<Indicator, string> = {
  none: "All systems are operational",
  minor: "Some systems are degraded",
  major: "Some systems are down",
  critical: "A major outage is in progress",
  maintenance: "Maintenance is in progress",
};

/** A sentence for the public page's banner; plainer than Statuspage's title-case descriptions. */
export function rollupBanner(indicator: Indicator): string {
  return banners[indicator];
}

// A page with nothing listed is not "operational": it has not been set up (issue 9). The v2
// JSON keeps Statuspage's indicator and words; only the visitor's page says this.
export const EMPTY_PAGE_HEADLINE = "No components are listed on this page yet";

/** The public page's headline: the rollup's words, unless no component is listed and nothing is wrong. */
export function pageHeadline(rollup: Rollup, listedComponents: number): string {
  return listedComponents === 0 && rollup.indicator === "none" ? EMPTY_PAGE_HEADLINE : rollup.description;
}
