import { z } from "zod";
import { ValidationError } from "../../lib/errors";
import { type CreateMonitorInput, monitorFields } from "../../lib/monitors/schemas";
import { parseInput } from "../../lib/validation";

// The monitor bodies of /api/v1 speak snake_case (as Statuspage does); lib/monitors speaks
// camelCase. One name map joins them, so a field added to lib cannot be left out here.

type LibField = keyof typeof monitorFields;

export const MONITOR_FIELD_NAMES = {
  name: "name",
  url: "url",
  componentId: "component_id",
  method: "method",
  headers: "headers",
  intervalSeconds: "interval_seconds",
  timeoutMs: "timeout_ms",
  upStatuses: "up_statuses",
  keyword: "keyword",
  keywordMode: "keyword_mode",
  jsonPath: "json_path",
  jsonExpected: "json_expected",
  degradedAfterMs: "degraded_after_ms",
  certExpiryDays: "cert_expiry_days",
  failureThreshold: "failure_threshold",
  successThreshold: "success_threshold",
  paused: "paused",
  showChart: "show_chart",
} as const satisfies Record<LibField, string>;

type ApiNames = typeof MONITOR_FIELD_NAMES;
type ApiShape = { [K in LibField as ApiNames[K]]: (typeof monitorFields)[K] };
type PatchShape = { [K in keyof ApiShape]: z.ZodOptional<ApiShape[K]> };

const libNameOf = new Map<string, string>(Object.entries(MONITOR_FIELD_NAMES).map(([lib, api]) => [api, lib]));

// For the OpenAPI document: what lib's messages alone do not say.
const descriptions: Partial<Record<LibField, string>> = {
  componentId: "The component whose status this monitor sets.",
  headers: "Request headers, name to value. The values are sealed and never shown again; answers list the names only.",
  intervalSeconds: "Seconds between checks; at least BEACON_MIN_CHECK_INTERVAL_SECONDS (10 by default).",
  timeoutMs: "Left out: 10 seconds, or the interval when that is shorter. Never longer than the interval.",
  upStatuses: "The status codes that count as up, such as 200-399 or 200,204,301-302.",
  keywordMode: "Whether the keyword must be present in the answer or absent from it.",
  jsonPath: "A path into a JSON answer, such as status or data.items[0].state; with json_expected.",
  degradedAfterMs: "Slower than this (total) but otherwise fine counts as degraded.",
  certExpiryDays: "An https certificate expiring within this many days counts as degraded.",
  failureThreshold: "Failed checks in a row before it counts as down (or degraded).",
  successThreshold: "Good checks in a row before it counts as up again.",
};

function apiShape<S>(toApi: (schema: z.ZodType, field: LibField) => z.ZodType): S {
  const entries = (Object.keys(monitorFields) as LibField[]).map((field) => {
    const schema = toApi(monitorFields[field], field);
    const description = descriptions[field];
    return [MONITOR_FIELD_NAMES[field], description ? schema.describe(description) : schema];
  });
  return Object.fromEntries(entries) as S;
}

/** A change leaves a left-out field as it is, so no default may fill one in. */
function optionalWithoutDefault(schema: z.ZodType): z.ZodType {
  if (!(schema instanceof z.ZodDefault)) return schema.optional();
  // A refinement written after .default() belongs to the default: it moves to what is left.
  const inner = schema.unwrap() as z.ZodType;
  const checks = (schema._zod.def.checks ?? []) as z.core.$ZodCheck<unknown>[];
  return inner.check(...checks).optional();
}

export const createMonitorBody = z.strictObject(apiShape<ApiShape>((schema) => schema));
export const updateMonitorBody = z.strictObject(apiShape<PatchShape>(optionalWithoutDefault));

/** Refuses keys that are no field, naming each; a camelCase one is told its API name. */
function refuseUnknownKeys(body: Record<string, unknown>): void {
  const fields: Record<string, string> = {};
  for (const key of Object.keys(body)) {
    if (libNameOf.has(key)) continue;
    const apiName = (MONITOR_FIELD_NAMES as Record<string, string>)[key];
    fields[key] = apiName ? `is not a field; did you mean ${apiName}?` : "is not a field of a monitor";
  }
  const unknown = Object.entries(fields);
  if (unknown.length) throw new ValidationError(unknown.map(([key, message]) => `${key} ${message}`).join("; "), fields);
}

/** The parsed body in lib's names; fields left out stay out (an explicit null stays null). */
function toLibInput(body: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [api, value] of Object.entries(body)) if (value !== undefined) input[libNameOf.get(api) ?? api] = value;
  return input;
}

// The casts: the body was just parsed by the snake_case twin of lib's own schema.
export function parseCreateMonitorBody(body: Record<string, unknown>): CreateMonitorInput {
  refuseUnknownKeys(body);
  return toLibInput(parseInput(createMonitorBody, body)) as CreateMonitorInput;
}

export function parseUpdateMonitorBody(body: Record<string, unknown>): Partial<CreateMonitorInput> {
  refuseUnknownKeys(body);
  return toLibInput(parseInput(updateMonitorBody, body)) as Partial<CreateMonitorInput>;
}

function apiFieldName(path: string): string {
  const [first = path, ...rest] = path.split(".");
  const apiName = (MONITOR_FIELD_NAMES as Record<string, string>)[first];
  return apiName ? [apiName, ...rest].join(".") : path;
}

/**
 * Runs a lib/monitors call, telling its validation errors in the API's field names: lib checks
 * the whole monitor again (the timeout against the interval, the component) in camelCase.
 */
export async function withApiFieldNames<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const fields = error.fields ? Object.fromEntries(Object.entries(error.fields).map(([key, message]) => [apiFieldName(key), message])) : undefined;
    // lib's message is "<field> <words>", joined by "; " when several fields are wrong.
    const message = error.message
      .split("; ")
      .map((part) => part.replace(/^[\w.]+/, apiFieldName))
      .join("; ");
    throw new ValidationError(message, fields);
  }
}
