import type { ComponentStatus } from "../../../components/status";
import type { Impact, IncidentKind, IncidentStatus } from "../../../incidents/incident-record";

// What load-notification-data.ts reads for one outbox row, before any wording or markup.

export type EmailPage = {
  name: string;
  siteUrl: string | null;
  timeZone: string;
  supportContact: string | null;
  logoUrl: string | null;
  accentColor: string | null;
};

export type EmailIncident = {
  id: string;
  kind: IncidentKind;
  name: string;
  impact: Impact;
  scheduledFor: Date | null;
  scheduledUntil: Date | null;
  /** Affected components, in display order. */
  components: { id: string; name: string }[];
};

/**
 * Subscribers who chose components, with the names of those this incident affects (possibly
 * none). A subscriber missing from the map follows the whole page.
 */
export type Followers = Map<string, string[]>;

export type NotificationData =
  | { kind: "confirmation" | "already_subscribed"; page: EmailPage; baseUrl: string; components: string[] | null }
  | {
      kind: "incident_update";
      page: EmailPage;
      baseUrl: string;
      incident: EmailIncident;
      update: {
        status: IncidentStatus;
        body: string;
        displayAt: Date;
        changes: { componentId: string; oldStatus: ComponentStatus; newStatus: ComponentStatus }[];
      };
      followers: Followers;
    }
  | { kind: "postmortem"; page: EmailPage; baseUrl: string; incident: EmailIncident; body: string; publishedAt: Date; followers: Followers }
  | {
      kind: "webhook_disabled";
      page: EmailPage;
      baseUrl: string;
      endpoint: string;
      failingSince: Date;
      disabledAt: Date;
      lastAnswer: string | null;
      // Set for a team channel (set up on the dashboard, enabled again there): its id, name and channel.
      teamChannel: { id: string; name: string; channel: string } | null;
    };

export type IncidentUpdateData = Extract<NotificationData, { kind: "incident_update" }>;
