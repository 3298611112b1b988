import { jsonResponse } from "@/web/rest/http";
import { loadIncident } from "@/web/rest/load-resources";
import { parsePathId } from "@/web/rest/params";
import { readJsonBody } from "@/web/rest/read-json-body";
import { writePostmortemBody } from "@/web/rest/request-schemas";
import { withApiToken } from "@/web/rest/with-api-token";
import { writePostmortem } from "@/lib/incidents/write-postmortem";
import { parseInput } from "@/lib/validation";

export const dynamic = "force-dynamic";

type Params = { id: string };

// PUT: the whole postmortem is replaced, as a draft or published.
export const PUT = withApiToken<Params>(async (request, { actor, params }) => {
  const incidentId = parsePathId(params.id, "Incident");
  await writePostmortem(actor, { incidentId, ...parseInput(writePostmortemBody, await readJsonBody(request)) });
  return jsonResponse(200, await loadIncident(incidentId));
});
