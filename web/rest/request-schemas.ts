import { z } from "zod";
import {
  componentStatusSchema,
  createComponentGroupInput,
  createComponentInput,
  updateComponentGroupInput,
  updateComponentInput,
} from "../../lib/components/schemas";
import {
  createIncidentInput,
  editIncidentUpdateInput,
  postIncidentUpdateInput,
  resolveIncidentInput,
  scheduleMaintenanceInput,
  writePostmortemInput,
} from "../../lib/incidents/schemas";
import { createSubscriberInput } from "../../lib/subscribers/schemas";

// Request bodies and queries of /api/v1: lib's input schemas with the ids that come from the path
// left out. The handlers parse with these and the OpenAPI document is generated from them.

export const createComponentBody = createComponentInput;

export const updateComponentBody = updateComponentInput.omit({ id: true }).extend({
  status: componentStatusSchema.optional().describe("Its new status, logged as a change made through the API."),
});

export const createComponentGroupBody = createComponentGroupInput;
export const updateComponentGroupBody = updateComponentGroupInput.omit({ id: true });

export const deleteComponentGroupQuery = z.object({
  delete_components: z
    .enum(["true", "false"], { error: "must be true or false" })
    .default("false")
    .describe("Delete its components too; otherwise they move to the end of the top level."),
});

// Statuspage's clients send component_ids and impact_override; they mean componentIds and impact.
export const createIncidentBody = createIncidentInput.extend({
  component_ids: createIncidentInput.shape.componentIds.unwrap().optional().describe("Statuspage's name for componentIds."),
  impact_override: createIncidentInput.shape.impact.describe("Statuspage's name for impact."),
});

export const postIncidentUpdateBody = postIncidentUpdateInput.omit({ incidentId: true });
export const editIncidentUpdateBody = editIncidentUpdateInput.omit({ incidentId: true, updateId: true });
export const resolveIncidentBody = resolveIncidentInput.omit({ incidentId: true });
export const writePostmortemBody = writePostmortemInput.omit({ incidentId: true });
export const scheduleMaintenanceBody = scheduleMaintenanceInput;

// Statuspage's subscriber fields: component_ids and skip_confirmation_notification.
export const createSubscriberBody = createSubscriberInput.omit({ componentIds: true, skipConfirmation: true }).extend({
  component_ids: createSubscriberInput.shape.componentIds,
  skip_confirmation_notification: createSubscriberInput.shape.skipConfirmation,
});

export const listIncidentsQuery = z.object({
  status: z
    .enum(["unresolved", "resolved", "all"], { error: "must be one of unresolved, resolved, all" })
    .default("all")
    .describe("unresolved: investigating, identified or monitoring; resolved: resolved or postmortem."),
  limit: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be between 1 and 100")
    .max(100, "must be between 1 and 100")
    .default(50)
    .describe("At most this many, most recently started first."),
});

// The key Statuspage's clients wrap each kind of body in.
export const BODY_WRAPPERS = { incident: "incident", incidentUpdate: "incident_update", subscriber: "subscriber" } as const;
