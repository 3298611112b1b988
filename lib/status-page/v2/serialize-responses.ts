import { rollupStatus } from "../rollup";
import type { V2Data } from "./load-v2-data";
import { toV2Components } from "./serialize-components";
import { type IncidentContext, toV2Incident, toV2ScheduledMaintenance } from "./serialize-incident";
import type { V2Component, V2Incident, V2Page, V2ScheduledMaintenance, V2Status } from "./types";

// The bodies of the eight /api/v2 endpoints, each a `page` plus its payload keys.

function latest(dates: Iterable<Date>): Date {
  let max = new Date(0);
  for (const date of dates) if (date > max) max = date;
  return max;
}

function* changeTimes(data: V2Data): Generator<Date> {
  yield data.page.updatedAt;
  for (const item of [...data.tree.groups, ...data.tree.components]) yield item.updatedAt;
  for (const incident of [...data.incidents, ...data.maintenances]) {
    yield incident.updatedAt;
    for (const update of incident.updates) yield update.updatedAt;
  }
}

/**
 * Statuspage moves a page's updated_at whenever anything on it changes, and pollers rely on
 * that; ours is the latest change among the page and everything this response carries.
 */
export function toV2Page(data: V2Data): V2Page {
  return {
    id: data.page.id,
    name: data.page.name,
    url: data.baseUrl,
    time_zone: data.page.timeZone,
    updated_at: latest(changeTimes(data)).toISOString(),
  };
}

/** What an incident's serialiser needs: the page, the base URL and the components by id. */
export function incidentContext(data: V2Data, components: readonly V2Component[]): IncidentContext {
  return {
    pageId: data.page.id,
    baseUrl: data.baseUrl,
    componentsById: new Map(components.map((component) => [component.id, component])),
  };
}

export function toV2Status(data: V2Data): V2Status {
  return rollupStatus({
    componentStatuses: data.tree.components.map((component) => component.status),
    incidents: [...data.incidents, ...data.maintenances],
  });
}

export function summaryJson(data: V2Data): {
  page: V2Page;
  components: V2Component[];
  incidents: V2Incident[];
  scheduled_maintenances: V2ScheduledMaintenance[];
  status: V2Status;
} {
  const components = toV2Components(data.tree, data.page.id);
  const ctx = incidentContext(data, components);
  return {
    page: toV2Page(data),
    components,
    incidents: data.incidents.map((incident) => toV2Incident(incident, ctx)),
    scheduled_maintenances: data.maintenances.map((maintenance) => toV2ScheduledMaintenance(maintenance, ctx)),
    status: toV2Status(data),
  };
}

export function statusJson(data: V2Data): { page: V2Page; status: V2Status } {
  return { page: toV2Page(data), status: toV2Status(data) };
}

export function componentsJson(data: V2Data): { page: V2Page; components: V2Component[] } {
  return { page: toV2Page(data), components: toV2Components(data.tree, data.page.id) };
}

export function incidentsJson(data: V2Data): { page: V2Page; incidents: V2Incident[] } {
  const ctx = incidentContext(data, toV2Components(data.tree, data.page.id));
  return { page: toV2Page(data), incidents: data.incidents.map((incident) => toV2Incident(incident, ctx)) };
}

export function scheduledMaintenancesJson(data: V2Data): {
  page: V2Page;
  scheduled_maintenances: V2ScheduledMaintenance[];
} {
  const ctx = incidentContext(data, toV2Components(data.tree, data.page.id));
  return {
    page: toV2Page(data),
    scheduled_maintenances: data.maintenances.map((maintenance) => toV2ScheduledMaintenance(maintenance, ctx)),
  };
}
