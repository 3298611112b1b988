import { type ComponentStatus, componentStatusLabel } from "../../components/status";
import type { IncidentRecord } from "../../incidents/incident-record";
import { pageHeadline, type Rollup } from "../rollup";
import { escapeMarkdownInline as md } from "./escape-markdown";
import { incidentMarkdown, type MarkdownContext, maintenanceMarkdown, when } from "./incident-markdown";

// /index.md: the public page as markdown, for agents and terminals (`curl …/index.md`). It says
// what the page says, in the same order of importance, with absolute links for a reader that
// has no base URL. The input is what loadStatusPage() returns, plus the public URL.

export const MARKDOWN_CONTENT_TYPE = "text/markdown; charset=utf-8";

type Listed = { name: string; status: ComponentStatus };

export type StatusMarkdownInput = {
  page: { name: string; timeZone: string };
  now: Date;
  rollup: Rollup;
  // Only what the page lists, grouped and in display order.
  sections: { group: Listed | null; components: Listed[] }[];
  unresolved: IncidentRecord[];
  activeMaintenance: IncidentRecord[];
  upcomingMaintenance: IncidentRecord[];
  baseUrl: string;
};

const statusWord = (status: ComponentStatus) => componentStatusLabel[status];

function components(input: StatusMarkdownInput): string {
  if (input.sections.length === 0) return "No components are listed on this page yet.";
  return input.sections
    .flatMap(({ group, components: listed }) => {
      const items = listed.map((c) => `${group ? "  " : ""}- ${md(c.name)}: ${statusWord(c.status)}`);
      return group ? [`- ${md(group.name)}: ${statusWord(group.status)}`, ...items] : items;
    })
    .join("\n");
}

function incidents(input: StatusMarkdownInput, context: MarkdownContext): string {
  if (input.unresolved.length === 0) return "No current incidents.";
  return input.unresolved.map((incident) => incidentMarkdown(incident, context)).join("\n\n");
}

function maintenance(input: StatusMarkdownInput, context: MarkdownContext): string {
  const blocks = [
    ...input.activeMaintenance.map((m) => maintenanceMarkdown(m, context, "In progress")),
    ...input.upcomingMaintenance.map((m) => maintenanceMarkdown(m, context, "Upcoming")),
  ];
  return blocks.length === 0 ? "No maintenance in progress or scheduled." : blocks.join("\n\n");
}

function links(baseUrl: string): string {
  return [
    `- Status page: ${baseUrl}/`,
    `- JSON (Atlassian Statuspage v2 format): ${baseUrl}/api/v2/summary.json`,
    `- Incident history feed: ${baseUrl}/history.atom (Atom), ${baseUrl}/history.rss (RSS)`,
    `- Past incidents: ${baseUrl}/history`,
  ].join("\n");
}

export function buildStatusMarkdown(input: StatusMarkdownInput): string {
  const context = { baseUrl: input.baseUrl, timeZone: input.page.timeZone };
  const headline = pageHeadline(input.rollup, input.sections.length);
  const blocks = [
    `# ${md(input.page.name)} status`,
    `**${headline}.** Updated ${when(input.now, input.page.timeZone)}.`,
    "## Components",
    components(input),
    "## Current incidents",
    incidents(input, context),
    "## Maintenance",
    maintenance(input, context),
    "## More",
    links(input.baseUrl),
  ];
  return `${blocks.join("\n\n")}\n`;
}
