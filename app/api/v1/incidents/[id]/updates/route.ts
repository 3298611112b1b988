import { API_PREFIX, createdResponse } from "@/web/rest/http";
import { loadIncidentUpdate } from "@/web/rest/load-resources";
import { parsePathId } from "@/web/rest/params";
import { readJsonBody, unwrapBody } from "@/web/rest/read-json-body";
import { BODY_WRAPPERS, postIncidentUpdateBody } from "@/web/rest/request-schemas";
import { withApiToken } from "@/web/rest/with-api-token";
import { postIncidentUpdate } from "@/lib/incidents/post-incident-update";
import { parseInput } from "@/lib/validation";

export const dynamic = "force-dynamic";

type Params = { id: string };

// Plain, or wrapped as {"incident_update": {...}} the way Statuspage's clients send it.
export const POST = withApiToken<Params>(async (request, { actor, params }) => {
  const incidentId = parsePathId(params.id, "Incident");
  const body = unwrapBody(await readJsonBody(request), BODY_WRAPPERS.incidentUpdate);
  const input = parseInput(postIncidentUpdateBody, body);
  const { updateId } = await postIncidentUpdate(actor, { incidentId, ...input });
  const location = `${API_PREFIX}/incidents/${encodeURIComponent(incidentId)}/updates/${encodeURIComponent(updateId)}`;
  return createdResponse(await loadIncidentUpdate(incidentId, updateId), location);
});
