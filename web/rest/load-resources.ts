import "server-only";
import { listComponents } from "../../lib/components/list-components";
import { getEnv } from "../../lib/env";
import { NotFoundError } from "../../lib/errors";
import { getIncident } from "../../lib/incidents/get-incident";
import { listIncidents, type ListIncidentsOptions } from "../../lib/incidents/list-incidents";
import { DEFAULT_PAGE_ID } from "../../lib/pages/default-page";
import type { ComponentGroupResponse, ComponentResponse, IncidentResponse, IncidentUpdateResponse } from "./response-schemas";
import { serializeComponent, serializeComponentGroup, serializeIncident, serializeIncidentUpdate } from "./serialize";

// The reads behind /api/v1, already serialised. Writes return summaries; the API answers with
// the full object read back afterwards, so every answer for one kind has one shape.

export async function loadComponentList(): Promise<{ components: ComponentResponse[]; groups: ComponentGroupResponse[] }> {
  const { components, groups } = await listComponents(DEFAULT_PAGE_ID);
  return {
    components: components.map(serializeComponent),
    groups: groups.map((group) => serializeComponentGroup(group, components)),
  };
}

export async function loadComponent(id: string): Promise<ComponentResponse> {
  const { components } = await listComponents(DEFAULT_PAGE_ID);
  const component = components.find((candidate) => candidate.id === id);
  if (!component) throw new NotFoundError(`Component ${id} not found`);
  return serializeComponent(component);
}

export async function loadComponentGroup(id: string): Promise<ComponentGroupResponse> {
  const { components, groups } = await listComponents(DEFAULT_PAGE_ID);
  const group = groups.find((candidate) => candidate.id === id);
  if (!group) throw new NotFoundError(`Component group ${id} not found`);
  return serializeComponentGroup(group, components);
}

export async function loadIncident(id: string): Promise<IncidentResponse> {
  const incident = await getIncident(DEFAULT_PAGE_ID, id);
  if (!incident) throw new NotFoundError(`Incident ${id} not found`);
  return serializeIncident(incident, getEnv().BEACON_URL);
}

export async function loadIncidentUpdate(incidentId: string, updateId: string): Promise<IncidentUpdateResponse> {
  const incident = await getIncident(DEFAULT_PAGE_ID, incidentId);
  const update = incident?.updates.find((candidate) => candidate.id === updateId);
  if (!update) throw new NotFoundError(`Incident update ${updateId} not found`);
  return serializeIncidentUpdate(update);
}

export async function loadIncidents(options: Omit<ListIncidentsOptions, "pageId">): Promise<IncidentResponse[]> {
  const incidents = await listIncidents({ ...options, pageId: DEFAULT_PAGE_ID });
  const baseUrl = getEnv().BEACON_URL;
  return incidents.map((incident) => serializeIncident(incident, baseUrl));
}
