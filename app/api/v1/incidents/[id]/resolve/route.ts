import { jsonResponse } from "@/web/rest/http";
import { loadIncident } from "@/web/rest/load-resources";
import { parsePathId } from "@/web/rest/params";
import { readJsonBody } from "@/web/rest/read-json-body";
import { resolveIncidentBody } from "@/web/rest/request-schemas";
import { withApiToken } from "@/web/rest/with-api-token";
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
