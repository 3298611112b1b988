import { z } from "zod";
import { COMPONENT_STATUSES } from "./status";

// Input of the component and group mutations, shared by the dashboard and the REST API. These
// schemas also generate the OpenAPI document, so they avoid transforms: what goes in comes out.

export const componentStatusSchema = z.enum(COMPONENT_STATUSES, {
  error: `must be one of ${COMPONENT_STATUSES.join(", ")}`,
});

export const idSchema = z.string({ error: "must be an id" }).trim().min(1, "must not be empty").max(100, "must be an id");

const name = z.string({ error: "must be text" }).trim().min(1, "must not be empty").max(100, "must be at most 100 characters");
// An empty description clears it; null does too.
const description = z.string({ error: "must be text" }).trim().max(1000, "must be at most 1000 characters").nullable();

export const createComponentInput = z.object({
  name: name.describe("Shown to visitors; 1 to 100 characters."),
  description: description.optional().describe("Shown on hover or under the name; empty or null for none."),
  groupId: idSchema.nullable().optional().describe("The group it belongs to; omitted or null for the top level."),
  status: componentStatusSchema.default("operational").describe("Its status to begin with."),
  showcase: z.boolean().optional().describe("Whether the public page shows it (default true)."),
  onlyShowIfDegraded: z.boolean().optional().describe("Hide it from the public page while it is operational (default false)."),
});
export type CreateComponentInput = z.input<typeof createComponentInput>;

export const updateComponentInput = z.object({
  id: idSchema.describe("The component to change."),
  name: name.optional().describe("New name; 1 to 100 characters."),
  description: description.optional().describe("New description; empty or null clears it."),
  groupId: idSchema.nullable().optional().describe("Move it into this group, or to the top level with null; it goes last there."),
  showcase: z.boolean().optional().describe("Whether the public page shows it."),
  onlyShowIfDegraded: z.boolean().optional().describe("Hide it from the public page while it is operational."),
});
export type UpdateComponentInput = z.input<typeof updateComponentInput>;

export const setComponentStatusInput = z.object({
  id: idSchema.describe("The component whose status changes."),
  status: componentStatusSchema.describe("Its new status."),
});
export type SetComponentStatusInput = z.input<typeof setComponentStatusInput>;

export const deleteComponentInput = z.object({ id: idSchema.describe("The component to delete with its history.") });
export type DeleteComponentInput = z.input<typeof deleteComponentInput>;

export const reorderComponentsInput = z.object({
  groupId: idSchema
    .nullable()
    .optional()
    .describe("The group whose components are ordered; omitted or null for the top level (groups and ungrouped components)."),
  ids: z
    .array(idSchema)
    .min(1, "must list at least one id")
    .max(500, "must list at most 500 ids")
    .refine((ids) => new Set(ids).size === ids.length, "must not list an id twice")
    .describe("Component and, at the top level, group ids in their new order; unlisted ones keep their order after them."),
});
export type ReorderComponentsInput = z.input<typeof reorderComponentsInput>;

export const createComponentGroupInput = z.object({
  name: name.describe("Shown to visitors; 1 to 100 characters."),
  description: description.optional().describe("Shown under the group's name; empty or null for none."),
});
export type CreateComponentGroupInput = z.input<typeof createComponentGroupInput>;

export const updateComponentGroupInput = z.object({
  id: idSchema.describe("The group to change."),
  name: name.optional().describe("New name; 1 to 100 characters."),
  description: description.optional().describe("New description; empty or null clears it."),
});
export type UpdateComponentGroupInput = z.input<typeof updateComponentGroupInput>;

export const deleteComponentGroupInput = z.object({
  id: idSchema.describe("The group to delete."),
  deleteComponents: z
    .boolean()
    .default(false)
    .describe("Delete its components too; otherwise they move to the end of the top level."),
});
export type DeleteComponentGroupInput = z.input<typeof deleteComponentGroupInput>;
