import { z } from "zod";
import { componentStatusSchema } from "../../lib/components/schemas";
import { incidentStatusSchema } from "../../lib/incidents/schemas";
import { MONITOR_METHODS } from "../../lib/monitors/schemas";
import { API_ERROR_CODES } from "./http";

// What /api/v1 answers, close to Statuspage's management API (snake_case keys). The serializers
// are typed by these schemas and the OpenAPI document is generated from them.

const dateTime = z.iso.datetime();
const nullableDateTime = dateTime.nullable();

export const componentResponse = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  status: componentStatusSchema,
  position: z.int(),
  group_id: z.string().nullable().describe("The group it belongs to; null at the top level."),
  showcase: z.boolean(),
  only_show_if_degraded: z.boolean(),
  start_date: nullableDateTime,
  created_at: dateTime,
  updated_at: dateTime,
});

export const componentGroupResponse = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  position: z.int(),
  components: z.array(z.string()).describe("Its components' ids, in display order."),
  created_at: dateTime,
  updated_at: dateTime,
});

export const componentListResponse = z.object({
  components: z.array(componentResponse).describe("Every component, grouped or not, in display order."),
  groups: z.array(componentGroupResponse),
});

export const affectedComponentResponse = z.object({
  code: z.string().describe("The component's id."),
  name: z.string(),
  old_status: componentStatusSchema,
  new_status: componentStatusSchema,
});

export const incidentUpdateResponse = z.object({
  id: z.string(),
  incident_id: z.string(),
  status: incidentStatusSchema,
  body: z.string().describe("Markdown."),
  display_at: dateTime,
  created_at: dateTime,
  updated_at: dateTime,
  edited_at: nullableDateTime.describe("When its message was last corrected, if ever."),
  deliver_notifications: z.boolean(),
  affected_components: z.array(affectedComponentResponse).describe("The component statuses this update changed."),
});

export const incidentResponse = z.object({
  id: z.string(),
  kind: z.enum(["incident", "maintenance"]),
  name: z.string(),
  status: incidentStatusSchema,
  impact: z.enum(["none", "minor", "major", "critical", "maintenance"]),
  created_at: dateTime,
  updated_at: dateTime,
  started_at: dateTime,
  monitoring_at: nullableDateTime,
  resolved_at: nullableDateTime,
  scheduled_for: nullableDateTime.describe("Maintenance only: when the window starts."),
  scheduled_until: nullableDateTime.describe("Maintenance only: when the window ends."),
  shortlink: z.url().describe("Its public page."),
  incident_updates: z.array(incidentUpdateResponse).describe("Newest first."),
  components: z.array(z.object({ id: z.string(), name: z.string() })).describe("Affected components, in display order."),
  postmortem_body: z.string().nullable().describe("Markdown; a draft until postmortem_published_at is set."),
  postmortem_published_at: nullableDateTime,
});

export const incidentListResponse = z.object({ incidents: z.array(incidentResponse) });

export const maintenanceListResponse = z.object({
  scheduled_maintenances: z.array(incidentResponse).describe("Upcoming and in progress, soonest first."),
});

export const subscriberResponse = z.object({
  id: z.string(),
  mode: z.enum(["email", "webhook"]).describe("How it is reached, as Statuspage names it."),
  email: z.string().describe("The address; for a webhook, its owner's, told when it keeps failing."),
  endpoint: z.string().nullable().describe("A webhook's URL; null for email."),
  state: z.enum(["pending", "confirmed"]).describe("pending: the confirmation email is on its way."),
  components: z.array(z.string()).describe("The components it follows (ids); empty: everything on the page."),
  skip_confirmation_notification: z.boolean(),
  signing_secret: z
    .string()
    .nullable()
    .describe("A webhook's secret for X-Beacon-Signature (HMAC-SHA256 of `<t>.<body>`). Shown only in this answer; null for email."),
  created_at: dateTime,
});

const monitorStateSchema = z.enum(["unknown", "up", "degraded", "down"]);

export const monitorResponse = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  component_id: z.string().describe("The component whose status it sets."),
  method: z.enum(MONITOR_METHODS),
  header_names: z.array(z.string()).describe("The request headers it sends; their values are never shown."),
  interval_seconds: z.int(),
  timeout_ms: z.int(),
  up_statuses: z.string().describe("The status codes that count as up, such as 200-399."),
  keyword: z.string().nullable(),
  keyword_mode: z.enum(["present", "absent"]).nullable().describe("null when there is no keyword."),
  json_path: z.string().nullable(),
  json_expected: z.string().nullable(),
  degraded_after_ms: z.int().nullable(),
  cert_expiry_days: z.int().nullable(),
  failure_threshold: z.int(),
  success_threshold: z.int(),
  paused: z.boolean(),
  show_chart: z.boolean().describe("Whether the public page shows its response times."),
  state: monitorStateSchema.describe("unknown until a first check counts; degraded and down only after failure_threshold failed checks in a row."),
  last_checked_at: nullableDateTime,
  last_message: z.string().nullable().describe("What the last check found."),
  incident_id: z.string().nullable().describe("The incident it opened and has not seen resolved."),
  next_check_at: dateTime,
  created_at: dateTime,
  updated_at: dateTime,
});

export const monitorListResponse = z.object({ monitors: z.array(monitorResponse).describe("By name.") });

export const monitorCheckResponse = z.object({
  outcome: z.object({
    monitor_id: z.string(),
    check_id: z.string(),
    state: monitorStateSchema.describe("The monitor's state after this check."),
    message: z.string().describe("What the check found, such as 200 OK in 84 ms."),
    transition: z
      .enum(["none", "failing", "changed", "recovered"])
      .describe("failing: it just turned degraded or down (an incident opens); changed: degraded became down or back; recovered: up again (the incident resolves)."),
    failures: z.int().describe("Failed checks in a row, this one included."),
    successes: z.int().describe("Good checks in a row, this one included."),
    incident_id: z.string().nullable().describe("The incident the monitor has open after this check."),
  }),
});

export const heartbeatPingResponse = z.object({
  status: z.enum(["ok", "paused"]).describe("paused: the heartbeat is paused, so the ping is not counted."),
  message: z.string(),
});

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.enum(API_ERROR_CODES),
    message: z.string().describe("Safe to show to a person."),
    fields: z.record(z.string(), z.string()).optional().describe("With validation: one message per invalid field."),
  }),
});

export type ComponentResponse = z.output<typeof componentResponse>;
export type ComponentGroupResponse = z.output<typeof componentGroupResponse>;
export type IncidentUpdateResponse = z.output<typeof incidentUpdateResponse>;
export type IncidentResponse = z.output<typeof incidentResponse>;
export type SubscriberResponse = z.output<typeof subscriberResponse>;
export type MonitorResponse = z.output<typeof monitorResponse>;
export type MonitorCheckResponse = z.output<typeof monitorCheckResponse>;
