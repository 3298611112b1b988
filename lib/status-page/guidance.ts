import type { ComponentStatus } from "../components/status";
import type { Impact, IncidentStatus } from "../incidents/incident-record";
import { formatDateTime } from "../time/format-time";
import { parseSupportContact, type SupportContact } from "./support-contact";

// Visitors of a failing site come to the status page asking "is it me?" and "what now?".
// These rules answer in plain words; the page owner can replace the words with their own.

export type GuidanceInput = {
  components: readonly { name: string; status: ComponentStatus }[];
  unresolvedIncidents: readonly { name: string; impact: Impact; status: IncidentStatus }[];
  activeMaintenance: readonly { name: string; scheduledUntil?: Date | null }[];
  supportContact: string | null;
  /** The page owner's own markdown; replaces the default paragraphs when set. */
  customText: string | null;
  /** Zone for the expected end of maintenance; UTC when omitted. */
  timeZone?: string;
};

export type GuidanceLevel = "outage" | "degraded" | "maintenance";

export type Guidance = {
  level: GuidanceLevel;
  heading: string;
  /** Plain text, or one markdown string from the page owner when `custom` is true. */
  paragraphs: string[];
  support: SupportContact | null;
  custom: boolean;
};

const HEADINGS: Record<GuidanceLevel, string> = {
  outage: "What this outage means for you",
  degraded: "What this problem means for you",
  maintenance: "What the maintenance means for you",
};

const isOutage = (status: ComponentStatus) => status === "major_outage" || status === "partial_outage";

function guidanceLevel(input: GuidanceInput): GuidanceLevel | null {
  const statuses = input.components.map((component) => component.status);
  const incidents = input.unresolvedIncidents;
  if (statuses.some(isOutage) || incidents.some((i) => i.impact === "major" || i.impact === "critical")) return "outage";
  if (statuses.includes("degraded_performance") || incidents.some((i) => i.impact !== "maintenance")) return "degraded";
  if (statuses.includes("under_maintenance") || input.activeMaintenance.length > 0 || incidents.length > 0) return "maintenance";
  return null;
}

type Parts = { text: string; plural: boolean };

/** Names the affected parts: "Checkout and API", or "the site" when it is all (or unknown). */
function describeParts(affected: readonly string[], total: number): Parts {
  if (affected.length === 0 || (total > 1 && affected.length === total)) return { text: "the site", plural: false };
  if (affected.length > 3) return { text: "several parts of the site", plural: true };
  const list = new Intl.ListFormat("en", { style: "long", type: "conjunction" }).format(affected);
  return { text: list, plural: affected.length > 1 };
}

/** Starts a sentence with the parts; only our own words get a capital, never a component's name. */
function subject(parts: Parts): string {
  const text = /^(the site|several parts)/.test(parts.text) ? parts.text.charAt(0).toUpperCase() + parts.text.slice(1) : parts.text;
  return `${text} ${parts.plural ? "are" : "is"}`;
}

function namesWith(input: GuidanceInput, match: (status: ComponentStatus) => boolean): Parts {
  const names = input.components.filter((component) => match(component.status)).map((component) => component.name);
  return describeParts(names, input.components.length);
}

function outageParagraphs(input: GuidanceInput): string[] {
  const parts = namesWith(input, isOutage);
  const down =
    input.components.some((component) => component.status === "major_outage") ||
    input.unresolvedIncidents.some((incident) => incident.impact === "critical");
  return [
    down
      ? `${subject(parts)} down because of a problem on our side, not yours.`
      : `${subject(parts)} failing for some visitors or some requests because of a problem on our side, not yours.`,
    'Errors such as "502 Bad Gateway" or "503 Service Unavailable" mean that a proxy in front of the site ' +
      "asked the servers behind it for the page and got no valid answer. Only our team can fix that, and we are on it.",
    "Nothing you did caused this. Clearing your browser cache, restarting your router or switching to another " +
      "device rarely helps while the site itself has the problem. Please try again in a few minutes.",
    "If you were in the middle of something, such as placing an order, paying or sending a form, it may not " +
      "have gone through. Look for a confirmation email before you pay again, so you are not charged twice.",
  ];
}

function degradedParagraphs(input: GuidanceInput): string[] {
  const parts = namesWith(input, (status) => status === "degraded_performance");
  return [
    `${subject(parts)} working, but not as well as usual: pages may load slowly, and some actions may time out or fail now and then.`,
    "If something is slow or fails, wait a minute and try again. There is nothing you need to change on your side.",
    "If an order, a payment or a form seemed to hang, check whether it went through, for example by looking " +
      "for a confirmation email, before you send it again.",
  ];
}

function maintenanceParagraphs(input: GuidanceInput): string[] {
  const parts = namesWith(input, (status) => status === "under_maintenance");
  const names = input.activeMaintenance.map((maintenance) => maintenance.name).filter((name) => name.trim() !== "");
  const work = names.length > 0 ? `planned maintenance (${names.join("; ")})` : "planned maintenance";
  const ends = input.activeMaintenance.flatMap((maintenance) => (maintenance.scheduledUntil ? [maintenance.scheduledUntil.getTime()] : []));
  return [
    `We are carrying out ${work} on ${parts.text}. Some features may be unavailable or slow until it is finished.`,
    ends.length > 0
      ? `It is expected to end by ${formatDateTime(new Date(Math.max(...ends)), input.timeZone ?? "UTC")}.`
      : "It should not take long, and this page will say when it is done.",
    "You don't need to do anything. If something fails in the meantime, try again once the maintenance is over.",
  ];
}

/** What to tell visitors right now, or null when everything works. */
export function getVisitorGuidance(input: GuidanceInput): Guidance | null {
  const level = guidanceLevel(input);
  if (!level) return null;
  const support = parseSupportContact(input.supportContact);
  const customText = input.customText?.trim();
  if (customText) return { level, heading: HEADINGS[level], paragraphs: [customText], support, custom: true };
  const paragraphs =
    level === "outage" ? outageParagraphs(input) : level === "degraded" ? degradedParagraphs(input) : maintenanceParagraphs(input);
  const incidents = input.unresolvedIncidents.filter((incident) => incident.impact !== "maintenance");
  if (level !== "maintenance" && incidents.length > 0 && incidents.every((incident) => incident.status === "monitoring")) {
    paragraphs.splice(1, 0, "A fix is in place and we are watching that it holds. If you still see errors, reload the page.");
  }
  return { level, heading: HEADINGS[level], paragraphs, support, custom: false };
}
