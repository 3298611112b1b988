import { jsonResponse, noContentResponse } from "@/web/rest/http";
import { loadComponentGroup } from "@/web/rest/load-resources";
import { parsePathId, parseQuery } from "@/web/rest/params";
import { readJsonBody } from "@/web/rest/read-json-body";
import { deleteComponentGroupQuery, updateComponentGroupBody } from "@/web/rest/request-schemas";
import { withApiToken } from "@/web/rest/with-api-token";
import { deleteComponentGroup } from "@/lib/components/delete-component-group";
import { updateComponentGroup } from "@/lib/components/update-component-group";
import { parseInput } from "@/lib/validation";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = withApiToken<Params>(async (_request, { params }) => {
  return jsonResponse(200, await loadComponentGroup(parsePathId(params.id, "Component group")));
});

export const PATCH = withApiToken<Params>(async (request, { actor, params }) => {
  const id = parsePathId(params.id, "Component group");
  const input = parseInput(updateComponentGroupBody, await readJsonBody(request));
  await updateComponentGroup(actor, { id, ...input });
  return jsonResponse(200, await loadComponentGroup(id));
});

export const DELETE = withApiToken<Params>(async (request, { actor, params }) => {
  const id = parsePathId(params.id, "Component group");
  const query = parseQuery(request, deleteComponentGroupQuery);
  await deleteComponentGroup(actor, { id, deleteComponents: query.delete_components === "true" });
  return noContentResponse();
});
