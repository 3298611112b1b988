import { API_PREFIX, createdResponse } from "@/lib/api/http";
import { loadComponentGroup } from "@/lib/api/load-resources";
import { readJsonBody } from "@/lib/api/read-json-body";
import { createComponentGroupBody } from "@/lib/api/request-schemas";
import { withApiToken } from "@/lib/api/with-api-token";
import { createComponentGroup } from "@/lib/components/create-component-group";
import { parseInput } from "@/lib/validation";

export const dynamic = "force-dynamic";

export const POST = withApiToken(async (request, { actor }) => {
  const input = parseInput(createComponentGroupBody, await readJsonBody(request));
  const { id } = await createComponentGroup(actor, input);
  return createdResponse(await loadComponentGroup(id), `${API_PREFIX}/component-groups/${encodeURIComponent(id)}`);
});
