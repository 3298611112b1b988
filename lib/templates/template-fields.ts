// What a template may suggest: the statuses and impacts a new incident can start with (those
// createIncidentInput accepts). Plain constants, so the dashboard's client forms can use them too.

export const TEMPLATE_STATUSES = ["investigating", "identified", "monitoring", "resolved"] as const;
export type TemplateStatus = (typeof TEMPLATE_STATUSES)[number];

export const TEMPLATE_IMPACTS = ["none", "minor", "major", "critical"] as const;
export type TemplateImpact = (typeof TEMPLATE_IMPACTS)[number];

/** The fields a webmaster edits, in form order. */
export const TEMPLATE_FIELDS = ["label", "name", "status", "impact", "componentStatus", "body"] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];
