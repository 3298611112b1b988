import { componentStatusLabel } from "../../../components/status";
import { impactLabel, statusHeadline } from "../../../incidents/labels";
import { incidentPermalink } from "../../../status-page/v2/serialize-incident";
import { parseSupportContact } from "../../../status-page/support-contact";
import { markdownToPlainText } from "../../../markdown/render-markdown";
import type { EmailBlock, EmailDocument, EmailFooter } from "./email-document";
import { zonedTime, zonedWindow } from "./email-wording";
import type { EmailIncident, EmailPage, IncidentUpdateData, NotificationData } from "./notification-data";

// The emails subscribers receive about an incident or a maintenance: each update, and the
// postmortem once it is published.

type PostmortemData = Extract<NotificationData, { kind: "postmortem" }>;

function footer(page: EmailPage): EmailFooter {
  return {
    showReason: true,
    links: [
      { label: "Manage your subscription", link: { slot: "manageUrl" } },
      { label: "Unsubscribe", link: { slot: "unsubscribeUrl" } },
    ],
    siteUrl: page.siteUrl,
    support: parseSupportContact(page.supportContact),
  };
}

function preheader(markdown: string): string {
  const text = markdownToPlainText(markdown).replace(/\s+/g, " ").trim();
  return text.length > 140 ? `${text.slice(0, 137)}...` : text;
}

function incidentLink(baseUrl: string, incident: EmailIncident): EmailBlock {
  const label = incident.kind === "maintenance" ? "View this maintenance on the status page" : "View this incident on the status page";
  return { type: "button", label, link: { href: incidentPermalink(baseUrl, incident.id) }, showAddress: true };
}

export function incidentDocument({ page, baseUrl, incident, update }: IncidentUpdateData): EmailDocument {
  const headline = statusHeadline(incident.kind, update.status);
  const rows = [{ label: "Status", value: headline }];
  if (incident.kind === "incident") rows.push({ label: "Impact", value: impactLabel[incident.impact] });
  if (incident.kind === "maintenance" && incident.scheduledFor && incident.scheduledUntil) {
    rows.push({ label: "Window", value: zonedWindow(incident.scheduledFor, incident.scheduledUntil, page.timeZone) });
  }
  rows.push({ label: "Posted", value: zonedTime(update.displayAt, page.timeZone) });

  const changes = new Map(update.changes.map((change) => [change.componentId, change]));
  const items = incident.components.map(({ id, name }) => {
    const change = changes.get(id);
    return change ? `${name}: ${componentStatusLabel[change.oldStatus]} → ${componentStatusLabel[change.newStatus]}` : name;
  });
  const blocks: EmailBlock[] = [{ type: "facts", rows }, { type: "markdown", markdown: update.body }];
  if (items.length > 0) blocks.push({ type: "list", heading: "Affected components", items });
  blocks.push(incidentLink(baseUrl, incident));
  return {
    subject: `[${page.name}] ${incident.name} — ${headline}`,
    preheader: preheader(update.body) || headline,
    eyebrow: incident.kind === "maintenance" ? "Maintenance update" : "Incident update",
    title: incident.name,
    blocks,
    footer: footer(page),
    branding: { pageName: page.name, logoUrl: page.logoUrl, accentColor: page.accentColor },
  };
}

export function postmortemDocument({ page, baseUrl, incident, body, publishedAt }: PostmortemData): EmailDocument {
  const blocks: EmailBlock[] = [
    { type: "facts", rows: [{ label: "Published", value: zonedTime(publishedAt, page.timeZone) }] },
    { type: "markdown", markdown: body },
  ];
  if (incident.components.length > 0) blocks.push({ type: "list", heading: "Affected components", items: incident.components.map((c) => c.name) });
  blocks.push(incidentLink(baseUrl, incident));
  return {
    subject: `[${page.name}] Postmortem: ${incident.name}`,
    preheader: preheader(body) || `What happened during ${incident.name}, and what comes next.`,
    eyebrow: "Postmortem",
    title: incident.name,
    blocks,
    footer: footer(page),
    branding: { pageName: page.name, logoUrl: page.logoUrl, accentColor: page.accentColor },
  };
}
