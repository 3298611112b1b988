import { API_PREFIX, createdResponse, jsonResponse } from "@/web/rest/http";
import { loadIncident, loadIncidents } from "@/web/rest/load-resources";
import { parseQuery } from "@/web/rest/params";
import { readJsonBody, unwrapBody } from "@/web/rest/read-json-body";
import { BODY_WRAPPERS, createIncidentBody, listIncidentsQuery } from "@/web/rest/request-schemas";
import { withApiToken } from "@/web/rest/with-api-token";
import { createIncident } from "@/lib/incidents/create-incident";
import { UNRESOLVED_INCIDENT_STATUSES } from "@/lib/incidents/incident-record";
import { parseInput } from "@/lib/validation";

export const dynamic = "force-dynamic";

const statusesOf = {
  unresolved: UNRESOLVED_INCIDENT_STATUSES,
  resolved: ["resolved", "postmortem"],
  all: undefined,
} as const;

export const GET = withApiToken(async (request) => {
  const { status, limit } = parseQuery(request, listIncidentsQuery);
  const incidents = await loadIncidents({ kind: "incident", statuses: statusesOf[status], limit });
  return jsonResponse(200, { incidents });
});

// Statuspage's create-incident body, plain or wrapped as {"incident": {...}}.
export const POST = withApiToken(async (request, { actor }) => {
  const body = unwrapBody(await readJsonBody(request), BODY_WRAPPERS.incident);
  const { component_ids, impact_override, ...input } = parseInput(createIncidentBody, body);
  const { incidentId } = await createIncident(actor, {
    ...input,
    impact: input.impact ?? impact_override,
    componentIds: [...new Set([...input.componentIds, ...(component_ids ?? [])])],
  });
  return createdResponse(await loadIncident(incidentId), `${API_PREFIX}/incidents/${encodeURIComponent(incidentId)}`);
});
