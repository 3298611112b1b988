import { API_PREFIX, createdResponse } from "@/lib/api/http";
import { loadIncidentUpdate } from "@/lib/api/load-resources";
import { parsePathId } from "@/lib/api/params";
import { readJsonBody, unwrapBody } from "@/lib/api/read-json-body";
import { BODY_WRAPPERS, postIncidentUpdateBody } from "@/lib/api/request-schemas";
import { withApiToken } from "@/lib/api/with-api-token";
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
