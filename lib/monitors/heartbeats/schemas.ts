import { z } from "zod";
import { monitorFields } from "../schemas";

// A heartbeat: a job (a backup, a cron task, a queue consumer) pings its secret URL at least
// once a period; no ping within the period plus the grace counts as a failed check.

export const createHeartbeatInput = z.object({
  name: monitorFields.name,
  componentId: monitorFields.componentId,
  periodSeconds: z.number({ error: "must be a number of seconds" }).int("must be a whole number").min(10, "must be at least 10").max(31 * 86_400, "must be at most 31 days"),
  graceSeconds: z.number({ error: "must be a number of seconds" }).int("must be a whole number").min(0, "must not be negative").max(86_400, "must be at most a day").default(60),
  // One missed ping is already news: the job did not run.
  failureThreshold: monitorFields.failureThreshold.unwrap().default(1),
  successThreshold: monitorFields.successThreshold.unwrap().default(1),
  showChart: z.boolean({ error: "must be true or false" }).default(false),
});
export type CreateHeartbeatInput = z.input<typeof createHeartbeatInput>;
