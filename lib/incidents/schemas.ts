import { z } from "zod";
import { PLAUSIBLE_RANGE_TEXT, plausibleDateTime } from "../time/plausible-date";
import { componentStatusSchema, idSchema } from "../components/schemas";
import { INCIDENT_STATUSES, MAINTENANCE_STATUSES } from "./lifecycle";

// Input of the incident and maintenance mutations, shared by the dashboard and the REST API.
// Field names follow Statuspage's management API where it has one (deliver_notifications).
// No transforms, so the OpenAPI document can be generated from these schemas.

// Clocks of API callers drift a little; a start time this far ahead still counts as "now".
const CLOCK_SKEW_MS = 60_000;

const name = z.string({ error: "must be text" }).trim().min(1, "must not be empty").max(200, "must be at most 200 characters");
const body = z.string({ error: "must be text" }).trim().max(20_000, "must be at most 20000 characters");
// Every date taken in goes through the one plausible-date rule (1970 to a few years ahead).
const dateTime = plausibleDateTime;
const range = `ISO 8601 with an offset, ${PLAUSIBLE_RANGE_TEXT}`;
const deliverNotifications = z.boolean().default(true).describe("Whether subscribers are notified of this update.");

const componentStatuses = z
  .record(z.string().min(1, "must not be empty"), componentStatusSchema)
  .refine((value) => Object.keys(value).length <= 100, "must name at most 100 components");
const componentIds = z.array(idSchema).max(100, "must name at most 100 components");

export const incidentStatusSchema = z.enum([...INCIDENT_STATUSES, ...MAINTENANCE_STATUSES], {
  error: `must be one of ${[...INCIDENT_STATUSES, ...MAINTENANCE_STATUSES].join(", ")}`,
});

export const createIncidentInput = z.object({
  name: name.describe("The incident's title; 1 to 200 characters."),
  status: z
    .enum(["investigating", "identified", "monitoring", "resolved"], {
      error: "must be one of investigating, identified, monitoring, resolved",
    })
    .default("investigating")
    .describe("Where the incident stands."),
  impact: z
    .enum(["none", "minor", "major", "critical"], { error: "must be one of none, minor, major, critical" })
    .optional()
    .describe("How bad it is; by default that of the worst component status given, else none."),
  body: body.default("").describe("The first message, in Markdown; may be empty."),
  components: componentStatuses.default({}).describe("Affected components and their new statuses, by component id."),
  componentIds: componentIds.default([]).describe("Further affected components whose status does not change."),
  deliver_notifications: deliverNotifications,
  startedAt: dateTime
    .refine((value) => Date.parse(value) <= Date.now() + CLOCK_SKEW_MS, "must not be in the future")
    .optional()
    .describe(`When it started, if earlier than now; ${range}.`),
});
export type CreateIncidentInput = z.input<typeof createIncidentInput>;

export const postIncidentUpdateInput = z.object({
  incidentId: idSchema.describe("The incident or maintenance to update."),
  status: incidentStatusSchema.describe("The status it moves to; must fit its kind (incident or maintenance)."),
  body: body.describe("The message, in Markdown."),
  components: componentStatuses.optional().describe("Components whose status changes, by id; new ones join the affected set."),
  deliver_notifications: deliverNotifications,
  displayAt: dateTime.optional().describe(`When the update is shown as posted; now by default; ${range}.`),
});
export type PostIncidentUpdateInput = z.input<typeof postIncidentUpdateInput>;

export const editIncidentUpdateInput = z.object({
  incidentId: idSchema.describe("The incident the update belongs to."),
  updateId: idSchema.describe("The update to edit."),
  // An edit corrects a message; clearing it would leave an update that says nothing.
  body: body.min(1, "must not be empty").describe("The corrected message, in Markdown."),
  displayAt: dateTime.optional().describe(`A corrected display time; ${range}.`),
});
export type EditIncidentUpdateInput = z.input<typeof editIncidentUpdateInput>;

export const resolveIncidentInput = z.object({
  incidentId: idSchema.describe("The incident to resolve."),
  body: body.default("").describe("The closing message, in Markdown."),
  restoreComponents: z.boolean().default(false).describe("Set every affected component that is not operational back to operational."),
  deliver_notifications: deliverNotifications,
});
export type ResolveIncidentInput = z.input<typeof resolveIncidentInput>;

export const writePostmortemInput = z.object({
  incidentId: idSchema.describe("The incident the postmortem is about."),
  body: body.min(1, "must not be empty").describe("The postmortem, in Markdown."),
  publish: z.boolean({ error: "must be true or false" }).describe("Publish it (the incident must be resolved), or keep it as a draft."),
  deliver_notifications: deliverNotifications.describe(
    "Whether subscribers are emailed when the postmortem is first published (later edits never are).",
  ),
});
export type WritePostmortemInput = z.input<typeof writePostmortemInput>;

export const deleteIncidentInput = z.object({ incidentId: idSchema.describe("The incident or maintenance to delete.") });
export type DeleteIncidentInput = z.input<typeof deleteIncidentInput>;

export const scheduleMaintenanceInput = z
  .object({
    name: name.describe("The maintenance's title; 1 to 200 characters."),
    body: body.default("").describe("What will happen, in Markdown."),
    scheduledFor: dateTime.describe(`When it starts; ${range}.`),
    scheduledUntil: dateTime.describe(`When it ends; after scheduledFor; ${range}.`),
    componentIds: componentIds.default([]).describe("The components it affects."),
    deliver_notifications: deliverNotifications,
    autoStart: z.boolean().default(true).describe("Start it (components under maintenance) at scheduledFor."),
    autoComplete: z.boolean().default(true).describe("Complete it (components restored) at scheduledUntil."),
  })
  .refine((value) => Date.parse(value.scheduledUntil) > Date.parse(value.scheduledFor), {
    path: ["scheduledUntil"],
    message: "must be after the start",
  });
export type ScheduleMaintenanceInput = z.input<typeof scheduleMaintenanceInput>;
