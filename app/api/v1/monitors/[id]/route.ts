import { jsonResponse, noContentResponse } from "@/web/rest/http";
import { parseUpdateMonitorBody, withApiFieldNames } from "@/web/rest/monitor-schemas";
import { parsePathId } from "@/web/rest/params";
import { readJsonBody } from "@/web/rest/read-json-body";
import { serializeMonitor } from "@/web/rest/serialize-monitor";
import { withApiToken } from "@/web/rest/with-api-token";
import { deleteMonitor } from "@/lib/monitors/delete-monitor";
import { getMonitor } from "@/lib/monitors/list-monitors";
import { updateMonitor } from "@/lib/monitors/update-monitor";
import { NotFoundError, ValidationError } from "@/lib/errors";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = withApiToken<Params>(async (_request, { actor, params }) => {
  const monitor = await getMonitor(actor, parsePathId(params.id, "Monitor"));
  if (!monitor) throw new NotFoundError("Monitor not found");
  return jsonResponse(200, serializeMonitor(monitor));
});

// Only the fields sent change; headers sent replace all of its headers.
export const PATCH = withApiToken<Params>(async (request, { actor, params }) => {
  const id = parsePathId(params.id, "Monitor");
  const changes = parseUpdateMonitorBody(await readJsonBody(request));
  if (Object.keys(changes).length === 0) throw new ValidationError("Nothing to change: send at least one field");
  const monitor = await withApiFieldNames(() => updateMonitor(actor, { id, ...changes }));
  return jsonResponse(200, serializeMonitor(monitor));
});

export const DELETE = withApiToken<Params>(async (_request, { actor, params }) => {
  await deleteMonitor(actor, parsePathId(params.id, "Monitor"));
  return noContentResponse();
});
