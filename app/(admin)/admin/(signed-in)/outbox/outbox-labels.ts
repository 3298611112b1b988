import { incidentStatusLabel } from "@/lib/incidents/labels";
import type { IncidentStatus } from "@/lib/incidents/incident-record";
import type { OutboxEntry } from "@/lib/notifications/outbox/list-outbox";

// What a notification is, in words: "Incident update: Identified", "Confirmation email".
export function outboxTitle(entry: Pick<OutboxEntry, "kind" | "updateStatus">): string {
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
  }
}
