import { jsonResponse, noContentResponse } from "@/web/rest/http";
import { loadComponent } from "@/web/rest/load-resources";
import { parsePathId } from "@/web/rest/params";
import { readJsonBody } from "@/web/rest/read-json-body";
import { updateComponentBody } from "@/web/rest/request-schemas";
import { withApiToken } from "@/web/rest/with-api-token";
import { deleteComponent } from "@/lib/components/delete-component";
import { setComponentStatus } from "@/lib/components/set-component-status";
import { updateComponent } from "@/lib/components/update-component";
import { ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = withApiToken<Params>(async (_request, { params }) => {
  return jsonResponse(200, await loadComponent(parsePathId(params.id, "Component")));
});

// Fields and status are two lib/ calls (a status change has its own log and audit entry);
// the body is validated whole first, so a bad value changes nothing.
export const PATCH = withApiToken<Params>(async (request, { actor, params }) => {
  const id = parsePathId(params.id, "Component");
  const { status, ...fields } = parseInput(updateComponentBody, await readJsonBody(request));
  const hasFields = Object.values(fields).some((value) => value !== undefined);
  if (!hasFields && status === undefined) throw new ValidationError("Nothing to change: send a field or a status");
  if (hasFields) await updateComponent(actor, { id, ...fields });
  if (status !== undefined) await setComponentStatus(actor, { id, status });
  return jsonResponse(200, await loadComponent(id));
});

export const DELETE = withApiToken<Params>(async (_request, { actor, params }) => {
  await deleteComponent(actor, { id: parsePathId(params.id, "Component") });
  return noContentResponse();
});
