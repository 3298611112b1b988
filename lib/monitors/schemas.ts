import { z } from "zod";

// What a person or a program sends to set up a monitor. Messages are shown next to the field.
// The interval's floor (BEACON_MIN_CHECK_INTERVAL_SECONDS) and the status ranges are checked
// by the use-case, which knows the environment.

export const MONITOR_METHODS = ["GET", "HEAD", "POST"] as const;

// RFC 9110 token characters: what a header name may be made of.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/;
// Managed by the request itself; a monitor setting them would only confuse the check.
const RESERVED_HEADERS = new Set(["host", "content-length", "transfer-encoding", "connection", "upgrade"]);

const headers = z
  .record(z.string(), z.string().max(4000, "each header value must be at most 4,000 characters"))
  .default({})
  .superRefine((value, context) => {
    const names = Object.keys(value);
    if (names.length > 20) context.addIssue({ code: "custom", message: "must be at most 20 headers" });
    for (const name of names) {
      if (!HEADER_NAME.test(name)) context.addIssue({ code: "custom", message: `“${name.slice(0, 40)}” is not a header name` });
      else if (RESERVED_HEADERS.has(name.toLowerCase())) context.addIssue({ code: "custom", message: `${name} is set by the request itself` });
      if (/[\r\n\0]/.test(value[name] ?? "")) context.addIssue({ code: "custom", message: `${name} must be on one line` });
    }
  });

const url = z
  .string()
  .trim()
  .max(2000, "must be at most 2,000 characters")
  .superRefine((value, context) => {
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      context.addIssue({ code: "custom", message: "must be a URL such as https://example.com/health" });
      return;
    }
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") context.addIssue({ code: "custom", message: `must be an http:// or https:// URL (got ${parsed.protocol}//)` });
    else if (parsed.username || parsed.password) context.addIssue({ code: "custom", message: "must not contain a user name or password; use an Authorization header" });
  });

const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).nullish();
const whole = (min: number, max: number, unit: string) =>
  z.number({ error: `must be a number of ${unit}` }).int("must be a whole number").min(min, `must be at least ${min}`).max(max, `must be at most ${max.toLocaleString("en")}`);

export const monitorFields = {
  name: z.string().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
  url,
  componentId: z.string().trim().min(1, "must name a component").max(100),
  method: z.enum(MONITOR_METHODS, { error: "must be GET, HEAD or POST" }).default("GET"),
  headers,
  intervalSeconds: whole(1, 86_400, "seconds").default(60),
  // Left out: 10 s, or the interval when that is shorter.
  timeoutMs: whole(100, 60_000, "milliseconds").optional(),
  upStatuses: z.string().trim().min(1, "must name at least one status code").max(200).default("200-399"),
  keyword: optionalText(500),
  keywordMode: z.enum(["present", "absent"], { error: "must be present or absent" }).default("present"),
  jsonPath: optionalText(200),
  jsonExpected: optionalText(500),
  degradedAfterMs: whole(1, 600_000, "milliseconds").nullish(),
  certExpiryDays: whole(1, 365, "days").nullish(),
  failureThreshold: whole(1, 100, "checks").default(3),
  successThreshold: whole(1, 100, "checks").default(2),
  paused: z.boolean({ error: "must be true or false" }).default(false),
  showChart: z.boolean({ error: "must be true or false" }).default(true),
};

function coherent(value: { timeoutMs?: number; intervalSeconds?: number; jsonPath?: string | null; jsonExpected?: string | null }, context: z.RefinementCtx) {
  if (value.timeoutMs !== undefined && value.intervalSeconds !== undefined && value.timeoutMs > value.intervalSeconds * 1000) {
    context.addIssue({ code: "custom", path: ["timeoutMs"], message: "must not be longer than the interval" });
  }
  if (Boolean(value.jsonPath) !== Boolean(value.jsonExpected ?? "")) {
    context.addIssue({ code: "custom", path: [value.jsonPath ? "jsonExpected" : "jsonPath"], message: "give both the JSON path and the value expected there, or neither" });
  }
}

export const createMonitorInput = z
  .object(monitorFields)
  .superRefine(coherent)
  .transform((value) => ({ ...value, timeoutMs: value.timeoutMs ?? Math.min(10_000, value.intervalSeconds * 1000) }));
export type CreateMonitorInput = z.input<typeof createMonitorInput>;
