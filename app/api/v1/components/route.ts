import { API_PREFIX, createdResponse, jsonResponse } from "@/web/rest/http";
import { loadComponent, loadComponentList } from "@/web/rest/load-resources";
import { readJsonBody } from "@/web/rest/read-json-body";
import { createComponentBody } from "@/web/rest/request-schemas";
import { withApiToken } from "@/web/rest/with-api-token";
import { createComponent } from "@/lib/components/create-component";
import { parseInput } from "@/lib/validation";

export const dynamic = "force-dynamic";

export const GET = withApiToken(async () => jsonResponse(200, await loadComponentList()));

export const POST = withApiToken(async (request, { actor }) => {
  const input = parseInput(createComponentBody, await readJsonBody(request));
  const { id } = await createComponent(actor, input);
  return createdResponse(await loadComponent(id), `${API_PREFIX}/components/${encodeURIComponent(id)}`);
});
