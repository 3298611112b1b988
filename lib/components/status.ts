// Component statuses in words. The public page always shows the word next to the icon:
// status is never told by colour alone.

export const COMPONENT_STATUSES = [
  "operational",
  "degraded_performance",
  "partial_outage",
  "major_outage",
  "under_maintenance",
] as const;

export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];

export const componentStatusLabel: Record<ComponentStatus, string> = {
  operational: "Operational",
  degraded_performance: "Degraded performance",
  partial_outage: "Partial outage",
  major_outage: "Major outage",
  under_maintenance: "Under maintenance",
};

export function isComponentStatus(value: string): value is ComponentStatus {
  return (COMPONENT_STATUSES as readonly string[]).includes(value);
}

/** How bad each status is, for "the worst of these" (a group's status, a day's colour). */
export const componentStatusSeverity: Record<ComponentStatus, number> = {
  operational: 0,
  under_maintenance: 1,
  degraded_performance: 2,
  partial_outage: 3,
  major_outage: 4,
};

export function worstComponentStatus(statuses: Iterable<ComponentStatus>): ComponentStatus {
  let worst: ComponentStatus = "operational";
  for (const status of statuses) if (componentStatusSeverity[status] > componentStatusSeverity[worst]) worst = status;
  return worst;
}
