import { jsonResponse } from "@/lib/api/http";
import { loadIncident } from "@/lib/api/load-resources";
import { parsePathId } from "@/lib/api/params";
import { readJsonBody } from "@/lib/api/read-json-body";
import { resolveIncidentBody } from "@/lib/api/request-schemas";
import { withApiToken } from "@/lib/api/with-api-token";
import { resolveIncident } from "@/lib/incidents/resolve-incident";
import { parseInput } from "@/lib/validation";

export const dynamic = "force-dynamic";

type Params = { id: string };

// Every field has a default, so an empty body resolves with no message.
export const POST = withApiToken<Params>(async (request, { actor, params }) => {
  const incidentId = parsePathId(params.id, "Incident");
  await resolveIncident(actor, { incidentId, ...parseInput(resolveIncidentBody, await readJsonBody(request)) });
  return jsonResponse(200, await loadIncident(incidentId));
});
