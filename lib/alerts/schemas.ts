import { z } from "zod";
import { componentStatusSchema, idSchema } from "../components/schemas";

// Prometheus Alertmanager's webhook body (payload version 4), as far as Beacon reads it, with
// caps so that one request cannot cost unbounded work. No transforms: the OpenAPI document can
// be generated from these schemas.

export const MAX_ALERTS = 1000;
export const MAX_LABELS = 100;
export const MAX_LABEL_VALUE = 1000;
export const MAX_ANNOTATION_VALUE = 10_000;

function labelSet(maxValue: number, what: string) {
  return z
    .record(
      z.string().min(1, "must not be empty").max(200, "must be at most 200 characters"),
      z.string({ error: "must be text" }).max(maxValue, `must be at most ${maxValue} characters`),
      { error: `must be an object of ${what}` },
    )
    .refine((value) => Object.keys(value).length <= MAX_LABELS, `must have at most ${MAX_LABELS} entries`);
}

const labels = labelSet(MAX_LABEL_VALUE, "label names to values");
const annotations = labelSet(MAX_ANNOTATION_VALUE, "annotation names to values");
const alertStatus = z.enum(["firing", "resolved"], { error: "must be firing or resolved" });
// Alertmanager writes Go's zero time (0001-01-01T00:00:00Z) for "not ended": any text is taken.
const time = z.string({ error: "must be a date and time" }).max(100, "must be at most 100 characters");

export const alertmanagerAlert = z.object({
  status: alertStatus.describe("This alert's own status."),
  labels: labels.describe("Its labels: `component` (a component's id or name) and `severity` are read."),
  annotations: annotations.default({}).describe("`summary` and `description` are shown on the incident."),
  startsAt: time.default(""),
  endsAt: time.default(""),
  generatorURL: z.string().max(2000, "must be at most 2000 characters").default(""),
  fingerprint: z.string({ error: "must be text" }).min(1, "must not be empty").max(100, "must be at most 100 characters"),
});
export type AlertmanagerAlert = z.output<typeof alertmanagerAlert>;

export const alertmanagerWebhook = z.object({
  version: z.literal("4", { error: 'must be "4" (Alertmanager\'s webhook payload version 4)' }),
  groupKey: z.string({ error: "must be text" }).min(1, "must not be empty").max(20_000, "must be at most 20000 characters"),
  truncatedAlerts: z.int({ error: "must be a whole number" }).min(0, "must not be negative").default(0),
  status: alertStatus.describe("The group's status: resolved once every alert in it is."),
  receiver: z.string().max(1000, "must be at most 1000 characters").default(""),
  groupLabels: labels.default({}),
  commonLabels: labels.default({}),
  commonAnnotations: annotations.default({}),
  externalURL: z.string().max(2000, "must be at most 2000 characters").default(""),
  alerts: z.array(alertmanagerAlert, { error: "must be a list of alerts" }).max(MAX_ALERTS, `must hold at most ${MAX_ALERTS} alerts`),
});
export type AlertmanagerWebhook = z.output<typeof alertmanagerWebhook>;

const alertFacts = {
  fingerprint: z.string(),
  alertname: z.string().nullable(),
};

/** What POST /api/v1/integrations/alertmanager answers. */
export const alertmanagerResult = z.object({
  outcome: z
    .enum(["opened", "updated", "unchanged", "resolved", "left_open", "left_closed", "not_opened", "nothing_open"])
    .describe("What Beacon did with the incident of this alert group."),
  message: z.string().describe("The same, in words."),
  group_id: z.string(),
  incident_id: z.string().nullable().describe("The incident the group follows, if any."),
  matched: z.array(z.object({ ...alertFacts, component_id: z.string(), status: componentStatusSchema })).describe("Firing alerts and the component status each asks for."),
  unmatched: z.array(z.object(alertFacts)).describe("Firing alerts that name no component and match no route: reported, not applied."),
});
export type AlertmanagerResult = z.output<typeof alertmanagerResult>;

const labelName = z.string().trim().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, "must be a label name such as service or job");

/** A dashboard route: every matcher must equal the alert's label (exact match, case included). */
export const createAlertRouteInput = z.object({
  componentId: idSchema,
  matchers: z
    .array(z.object({ name: labelName, value: z.string().max(MAX_LABEL_VALUE, `must be at most ${MAX_LABEL_VALUE} characters`) }))
    .min(1, "must have at least one label=value line")
    .max(20, "must have at most 20 lines"),
});
export type CreateAlertRouteInput = z.input<typeof createAlertRouteInput>;
