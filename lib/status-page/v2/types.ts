import type { ComponentStatus } from "../../components/status";
import type { Impact, IncidentStatus } from "../../incidents/incident-record";
import type { Indicator } from "../rollup";

// The JSON shapes of Atlassian Statuspage's public API v2 (shared/notes/statuspage-api-v2.md).
// Keys are snake_case because consumers of Statuspage read exactly these names.

export type V2Page = { id: string; name: string; url: string; time_zone: string; updated_at: string };

export type V2Status = { indicator: Indicator; description: string };

export type V2Component = {
  id: string;
  name: string;
  status: ComponentStatus;
  created_at: string;
  updated_at: string;
  position: number;
  description: string | null;
  showcase: boolean;
  start_date: string | null;
  group_id: string | null;
  page_id: string;
  group: boolean;
  only_show_if_degraded: boolean;
  // Present on groups only: their children's ids, in display order.
  components?: string[];
};

export type V2AffectedComponent = { code: string; name: string; old_status: ComponentStatus; new_status: ComponentStatus };

export type V2IncidentUpdate = {
  id: string;
  status: IncidentStatus;
  body: string;
  incident_id: string;
  created_at: string;
  updated_at: string;
  display_at: string;
  affected_components: V2AffectedComponent[] | null;
  deliver_notifications: boolean;
  custom_tweet: null;
  tweet_id: null;
};

export type V2Incident = {
  id: string;
  name: string;
  status: IncidentStatus;
  created_at: string;
  updated_at: string;
  monitoring_at: string | null;
  resolved_at: string | null;
  impact: Impact;
  shortlink: string;
  started_at: string;
  page_id: string;
  incident_updates: V2IncidentUpdate[];
  components: V2Component[];
  reminder_intervals: null;
};

export type V2ScheduledMaintenance = V2Incident & { scheduled_for: string | null; scheduled_until: string | null };
