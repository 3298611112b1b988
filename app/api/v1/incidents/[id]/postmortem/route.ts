import { jsonResponse } from "@/lib/api/http";
import { loadIncident } from "@/lib/api/load-resources";
import { parsePathId } from "@/lib/api/params";
import { readJsonBody } from "@/lib/api/read-json-body";
import { writePostmortemBody } from "@/lib/api/request-schemas";
import { withApiToken } from "@/lib/api/with-api-token";
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
