import { type ComponentStatus, componentStatusLabel } from "../../components/status";
import { EMPTY_PAGE_HEADLINE, type Indicator, pageHeadline, type Rollup } from "../rollup";

// What the right half of a badge says and its colour. The overall badge uses the roll-up's
// words, lowercased: the same as /api/v2/status.json and the page's headline (Statuspage's
// indicator words), so a badge never tells a different story than the page it links to.
// Every colour carries white 11 px text at 4.9:1 or more (WCAG AA).

export type BadgeTone = "operational" | "degraded" | "partial" | "major" | "maintenance" | "unknown";

export type BadgeStatus = { words: string; tone: BadgeTone };

export const badgeToneColor: Record<BadgeTone, string> = {
  operational: "#15803d",
  degraded: "#a16207",
  partial: "#c2410c",
  major: "#b91c1c",
  maintenance: "#1d4ed8",
  unknown: "#4b5563",
};

const toneOfIndicator: Record<Indicator, BadgeTone> = {
  none: "operational",
  minor: "degraded",
  major: "partial",
  critical: "major",
  maintenance: "maintenance",
};

const toneOfComponent: Record<ComponentStatus, BadgeTone> = {
  operational: "operational",
  degraded_performance: "degraded",
  partial_outage: "partial",
  major_outage: "major",
  under_maintenance: "maintenance",
};

/** The page's status; a page with nothing listed is "not set up", as its headline says (issue 9). */
export function overallBadgeStatus(rollup: Rollup, listedComponents: number): BadgeStatus {
  if (pageHeadline(rollup, listedComponents) === EMPTY_PAGE_HEADLINE) return { words: "no components listed", tone: "unknown" };
  return { words: rollup.description.toLowerCase(), tone: toneOfIndicator[rollup.indicator] };
}

export function componentBadgeStatus(status: ComponentStatus): BadgeStatus {
  return { words: componentStatusLabel[status].toLowerCase(), tone: toneOfComponent[status] };
}
