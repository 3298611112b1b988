import { jsonResponse } from "@/web/rest/http";
import { loadIncidentUpdate } from "@/web/rest/load-resources";
import { parsePathId } from "@/web/rest/params";
import { readJsonBody, unwrapBody } from "@/web/rest/read-json-body";
import { BODY_WRAPPERS, editIncidentUpdateBody } from "@/web/rest/request-schemas";
import { withApiToken } from "@/web/rest/with-api-token";
import { editIncidentUpdate } from "@/lib/incidents/edit-incident-update";
import { parseInput } from "@/lib/validation";

export const dynamic = "force-dynamic";

type Params = { id: string; updateId: string };

export const GET = withApiToken<Params>(async (_request, { params }) => {
  const incidentId = parsePathId(params.id, "Incident");
  return jsonResponse(200, await loadIncidentUpdate(incidentId, parsePathId(params.updateId, "Incident update")));
});

// Corrects the message (and display time); the component changes it made stay as they were.
export const PATCH = withApiToken<Params>(async (request, { actor, params }) => {
  const incidentId = parsePathId(params.id, "Incident");
  const updateId = parsePathId(params.updateId, "Incident update");
  const body = unwrapBody(await readJsonBody(request), BODY_WRAPPERS.incidentUpdate);
  await editIncidentUpdate(actor, { incidentId, updateId, ...parseInput(editIncidentUpdateBody, body) });
  return jsonResponse(200, await loadIncidentUpdate(incidentId, updateId));
});
