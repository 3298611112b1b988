import { API_PREFIX, createdResponse, jsonResponse } from "@/web/rest/http";
import { parseCreateMonitorBody, withApiFieldNames } from "@/web/rest/monitor-schemas";
import { readJsonBody } from "@/web/rest/read-json-body";
import { serializeMonitor } from "@/web/rest/serialize-monitor";
import { withApiToken } from "@/web/rest/with-api-token";
import { createMonitor } from "@/lib/monitors/create-monitor";
import { listMonitors } from "@/lib/monitors/list-monitors";

export const dynamic = "force-dynamic";

export const GET = withApiToken(async (_request, { actor }) => {
  const monitors = await listMonitors(actor);
  return jsonResponse(200, { monitors: monitors.map(serializeMonitor) });
});

export const POST = withApiToken(async (request, { actor }) => {
  const input = parseCreateMonitorBody(await readJsonBody(request));
  const monitor = await withApiFieldNames(() => createMonitor(actor, input));
  return createdResponse(serializeMonitor(monitor), `${API_PREFIX}/monitors/${encodeURIComponent(monitor.id)}`);
});
