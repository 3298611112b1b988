import { componentStatusLabel, type ComponentStatus } from "../../../components/status";
import { impactLabel, statusHeadline } from "../../../incidents/labels";
import type { V2Incident, V2ScheduledMaintenance } from "../../../status-page/v2/types";
import type { WebhookContent } from "../webhook/webhook-payload";
import type { ChatNotice, NoticeTone } from "./chat-notice";

// A notification's content (what webhooks carry, through the /api/v2 serialisers) in the
// words a chat message shows.

const componentTone: Record<ComponentStatus, NoticeTone> = {
  operational: "good",
  degraded_performance: "notice",
  partial_outage: "warning",
  major_outage: "danger",
  under_maintenance: "maintenance",
};

function incidentTone(incident: V2Incident, maintenance: boolean): NoticeTone {
  if (incident.status === "resolved" || incident.status === "postmortem" || incident.status === "completed") return "good";
  if (maintenance) return "maintenance";
  if (incident.impact === "critical" || incident.impact === "major") return "danger";
  return incident.impact === "minor" ? "warning" : "notice";
}

function isMaintenance(incident: V2Incident | V2ScheduledMaintenance): incident is V2ScheduledMaintenance {
  return "scheduled_for" in incident;
}

function maintenanceWindow(incident: V2ScheduledMaintenance): [Date, Date] | null {
  return incident.scheduled_for && incident.scheduled_until ? [new Date(incident.scheduled_for), new Date(incident.scheduled_until)] : null;
}

export function chatNoticeFrom(content: WebhookContent): ChatNotice {
  const page = { pageName: content.page.name, pageUrl: content.page.url, timeZone: content.page.timeZone };
  if (content.about === "test") {
    const title = `Test message from ${content.page.name}`;
    return { ...page, about: "test", title, url: content.page.url, headline: "Test", tone: "info", impact: null, body: content.message, components: [], window: null, at: new Date() };
  }
  if (content.about === "component") {
    const { component, componentUpdate: change } = content;
    const headline = componentStatusLabel[change.new_status];
    const was = change.old_status ? ` (was ${componentStatusLabel[change.old_status].toLowerCase()})` : "";
    return {
      ...page,
      about: "component",
      title: `${component.name}: ${headline}`,
      url: content.page.url,
      headline,
      tone: componentTone[change.new_status],
      impact: null,
      body: `${component.name} is now ${headline.toLowerCase()}${was}.`,
      components: [],
      window: null,
      at: new Date(change.created_at),
    };
  }
  const { incident } = content;
  const maintenance = isMaintenance(incident);
  // The list stops at the update announced (load-webhook-content.ts): the first is the news.
  const update = incident.incident_updates[0];
  return {
    ...page,
    about: maintenance ? "maintenance" : "incident",
    title: incident.name,
    url: incident.shortlink,
    headline: statusHeadline(maintenance ? "maintenance" : "incident", update?.status ?? incident.status),
    tone: incidentTone(incident, maintenance),
    impact: maintenance ? null : impactLabel[incident.impact],
    body: update?.body ?? "",
    components: incident.components.map((component) => `${component.name} — ${componentStatusLabel[component.status]}`),
    window: maintenance ? maintenanceWindow(incident) : null,
    at: new Date(update?.display_at ?? incident.updated_at),
  };
}
