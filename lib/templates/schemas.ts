import { z } from "zod";
import { componentStatusSchema, idSchema } from "../components/schemas";
import { TEMPLATE_IMPACTS, TEMPLATE_STATUSES } from "./template-fields";

// Input of the incident-template mutations. No transforms, like the other domains' schemas,
// so they could describe an API as they are.

const label = z.string({ error: "must be text" }).trim().min(1, "must not be empty").max(60, "must be at most 60 characters");
// The same limits as an incident's title and message (lib/incidents/schemas.ts).
const name = z.string({ error: "must be text" }).trim().min(1, "must not be empty").max(200, "must be at most 200 characters");
const body = z.string({ error: "must be text" }).trim().min(1, "must not be empty").max(20_000, "must be at most 20000 characters");
const status = z.enum(TEMPLATE_STATUSES, { error: `must be one of ${TEMPLATE_STATUSES.join(", ")}` });
const impact = z.enum(TEMPLATE_IMPACTS, { error: `must be one of ${TEMPLATE_IMPACTS.join(", ")}` });

export const createTemplateInput = z.object({
  label: label.describe("The template's name on the New incident page; 1 to 60 characters, unique on the page."),
  name: name.describe("The incident title it suggests; 1 to 200 characters."),
  status: status.describe("The status the incident starts with."),
  impact: impact.describe("The impact the incident starts with."),
  componentStatus: componentStatusSchema.describe("The status it suggests for the affected components."),
  body: body.describe("The first message, in Markdown; 1 to 20000 characters."),
});
export type CreateTemplateInput = z.input<typeof createTemplateInput>;

export const updateTemplateInput = z.object({
  id: idSchema.describe("The template to change."),
  label: label.optional().describe("New label; 1 to 60 characters, unique on the page."),
  name: name.optional().describe("New title; 1 to 200 characters."),
  status: status.optional().describe("New starting status."),
  impact: impact.optional().describe("New starting impact."),
  componentStatus: componentStatusSchema.optional().describe("New suggested component status."),
  body: body.optional().describe("New message, in Markdown."),
});
export type UpdateTemplateInput = z.input<typeof updateTemplateInput>;

export const deleteTemplateInput = z.object({ id: idSchema.describe("The template to delete; only one a webmaster added.") });
export type DeleteTemplateInput = z.input<typeof deleteTemplateInput>;

export const resetTemplateInput = z.object({ id: idSchema.describe("The built-in template to put back to Beacon's words.") });
export type ResetTemplateInput = z.input<typeof resetTemplateInput>;
