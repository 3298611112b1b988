import { incidentStatusLabel } from "@/lib/incidents/labels";
import type { IncidentStatus } from "@/lib/incidents/incident-record";
import { type ComponentStatus, componentStatusLabel } from "@/lib/components/status";
import type { OutboxEntry } from "@/lib/notifications/outbox/list-outbox";

// What a notification is, in words: "Incident update: Identified", "Confirmation email".
export function outboxTitle(entry: Pick<OutboxEntry, "kind" | "updateStatus" | "componentChange">): string {
  switch (entry.kind) {
    case "confirmation":
      return "Confirmation email (double opt-in)";
    case "already_subscribed":
      return "“Already subscribed” email with a manage link";
    case "postmortem":
      return "Postmortem published";
    case "incident_update": {
      const status = entry.updateStatus as IncidentStatus | null;
      return status && status in incidentStatusLabel ? `Incident update: ${incidentStatusLabel[status]}` : "Incident update";
    }
    case "webhook_disabled":
      return "Webhook or team channel disabled after repeated failures: email to its owner";
    case "component_update": {
      const change = entry.componentChange;
      if (!change) return "Component status change (webhooks, team channels)";
      return `Component status change (webhooks, team channels): ${change.name}, ${statusWords(change.oldStatus)} → ${statusWords(change.newStatus)}`;
    }
  }
}

function statusWords(status: string | null): string {
  if (!status) return "none";
  return status in componentStatusLabel ? componentStatusLabel[status as ComponentStatus] : status;
}
