import { API_PREFIX, createdResponse } from "@/web/rest/http";
import { loadComponentGroup } from "@/web/rest/load-resources";
import { readJsonBody } from "@/web/rest/read-json-body";
import { createComponentGroupBody } from "@/web/rest/request-schemas";
import { withApiToken } from "@/web/rest/with-api-token";
import { createComponentGroup } from "@/lib/components/create-component-group";
import { parseInput } from "@/lib/validation";

export const dynamic = "force-dynamic";

export const POST = withApiToken(async (request, { actor }) => {
  const input = parseInput(createComponentGroupBody, await readJsonBody(request));
  const { id } = await createComponentGroup(actor, input);
  return createdResponse(await loadComponentGroup(id), `${API_PREFIX}/component-groups/${encodeURIComponent(id)}`);
});
