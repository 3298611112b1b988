import { jsonResponse, noContentResponse } from "@/lib/api/http";
import { loadComponentGroup } from "@/lib/api/load-resources";
import { parsePathId, parseQuery } from "@/lib/api/params";
import { readJsonBody } from "@/lib/api/read-json-body";
import { deleteComponentGroupQuery, updateComponentGroupBody } from "@/lib/api/request-schemas";
import { withApiToken } from "@/lib/api/with-api-token";
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
