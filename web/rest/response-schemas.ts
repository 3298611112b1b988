import { z } from "zod";
import { componentStatusSchema } from "../../lib/components/schemas";
import { incidentStatusSchema } from "../../lib/incidents/schemas";
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
