import { jsonResponse, noContentResponse } from "@/web/rest/http";
import { loadIncident } from "@/web/rest/load-resources";
import { parsePathId } from "@/web/rest/params";
import { withApiToken } from "@/web/rest/with-api-token";
import { deleteIncident } from "@/lib/incidents/delete-incident";

export const dynamic = "force-dynamic";

type Params = { id: string };

// Maintenance is an incident of kind "maintenance" and is read and deleted here too.
export const GET = withApiToken<Params>(async (_request, { params }) => {
  return jsonResponse(200, await loadIncident(parsePathId(params.id, "Incident")));
});

export const DELETE = withApiToken<Params>(async (_request, { actor, params }) => {
  await deleteIncident(actor, { incidentId: parsePathId(params.id, "Incident") });
  return noContentResponse();
});
