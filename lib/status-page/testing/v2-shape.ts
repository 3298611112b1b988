import { expect } from "vitest";
import { COMPONENT_STATUSES } from "../../components/status";

// Exhaustive shape checks for Statuspage v2 objects: a missing key, an extra key or a value of
// the wrong type fails, with the JSON path in the message.

export type Check = (value: unknown, path: string) => void;

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const str: Check = (v, p) => expect(typeof v, p).toBe("string");
const bool: Check = (v, p) => expect(typeof v, p).toBe("boolean");
const int: Check = (v, p) => expect(Number.isInteger(v), `${p} is an integer`).toBe(true);
const isNull: Check = (v, p) => expect(v, p).toBeNull();
const nullable = (check: Check): Check => (v, p) => (v === null ? undefined : check(v, p));
const oneOf = (values: readonly unknown[]): Check => (v, p) => expect(values, p).toContain(v);
const iso: Check = (v, p) => {
  str(v, p);
  expect(v, p).toMatch(ISO);
  expect(new Date(v as string).toISOString(), p).toBe(v);
};
const dateOnly: Check = (v, p) => expect(v, p).toMatch(/^\d{4}-\d{2}-\d{2}$/);
const arrayOf = (check: Check): Check => (v, p) => {
  expect(Array.isArray(v), `${p} is an array`).toBe(true);
  (v as unknown[]).forEach((item, i) => check(item, `${p}[${i}]`));
};

export function shape(spec: Record<string, Check>): Check {
  return (v, p) => {
    expect(typeof v === "object" && v !== null && !Array.isArray(v), `${p} is an object`).toBe(true);
    expect(Object.keys(v as object).sort(), `${p} keys`).toEqual(Object.keys(spec).sort());
    for (const [key, check] of Object.entries(spec)) check((v as Record<string, unknown>)[key], `${p}.${key}`);
  };
}

export const INCIDENT_STATUSES = ["investigating", "identified", "monitoring", "resolved", "postmortem"] as const;
export const MAINTENANCE_STATUSES = ["scheduled", "in_progress", "verifying", "completed"] as const;
const IMPACTS = ["none", "minor", "major", "critical", "maintenance"] as const;

export const checkPage = shape({ id: str, name: str, url: str, time_zone: str, updated_at: iso });

export const checkStatus = shape({
  indicator: oneOf(["none", "minor", "major", "critical", "maintenance"]),
  description: oneOf([
    "All Systems Operational",
    "Minor Service Outage",
    "Partially Degraded Service",
    "Partial System Outage",
    "Major System Outage",
    "Service Under Maintenance",
  ]),
});

const componentSpec = {
  id: str,
  name: str,
  status: oneOf(COMPONENT_STATUSES),
  created_at: iso,
  updated_at: iso,
  position: int,
  description: nullable(str),
  showcase: bool,
  start_date: nullable(dateOnly),
  group_id: nullable(str),
  page_id: str,
  group: oneOf([false]),
  only_show_if_degraded: bool,
};
const groupSpec = { ...componentSpec, group: oneOf([true]), group_id: isNull, components: arrayOf(str) };

/** A component, or a group (group: true), which alone carries the `components` key. */
export const checkComponent: Check = (v, p) =>
  shape((v as { group?: unknown } | null)?.group === true ? groupSpec : componentSpec)(v, p);

const updateSpec = (statuses: readonly string[]) =>
  shape({
    id: str,
    status: oneOf(statuses),
    body: str,
    incident_id: str,
    created_at: iso,
    updated_at: iso,
    display_at: iso,
    affected_components: nullable(
      arrayOf(shape({ code: str, name: str, old_status: oneOf(COMPONENT_STATUSES), new_status: oneOf(COMPONENT_STATUSES) })),
    ),
    deliver_notifications: bool,
    custom_tweet: isNull,
    tweet_id: isNull,
  });

const incidentSpec = (statuses: readonly string[]) => ({
  id: str,
  name: str,
  status: oneOf(statuses),
  created_at: iso,
  updated_at: iso,
  monitoring_at: nullable(iso),
  resolved_at: nullable(iso),
  impact: oneOf(IMPACTS),
  shortlink: str,
  started_at: iso,
  page_id: str,
  incident_updates: arrayOf(updateSpec(statuses)),
  components: arrayOf(checkComponent),
  reminder_intervals: isNull,
});

export const checkIncident = shape(incidentSpec(INCIDENT_STATUSES));
export const checkMaintenance = shape({
  ...incidentSpec(MAINTENANCE_STATUSES),
  scheduled_for: nullable(iso),
  scheduled_until: nullable(iso),
});
export const checkUpdate = updateSpec([...INCIDENT_STATUSES, ...MAINTENANCE_STATUSES]);

/** Calls a route's GET and checks the headers every /api/v2 answer carries. */
export async function getV2(handler: () => Promise<Response>): Promise<Record<string, unknown>> {
  const response = await handler();
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  return (await response.json()) as Record<string, unknown>;
}

/** Checks that `keys` are exactly the top-level keys, and the page object in it. */
export function expectBody(body: Record<string, unknown>, keys: readonly string[]): void {
  expect(Object.keys(body).sort()).toEqual(["page", ...keys].sort());
  checkPage(body.page, "page");
}
