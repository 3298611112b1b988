import { API_PREFIX, createdResponse, jsonResponse } from "@/web/rest/http";
import { loadIncident, loadIncidents } from "@/web/rest/load-resources";
import { readJsonBody } from "@/web/rest/read-json-body";
import { scheduleMaintenanceBody } from "@/web/rest/request-schemas";
import { withApiToken } from "@/web/rest/with-api-token";
import { ACTIVE_MAINTENANCE_STATUSES, UPCOMING_MAINTENANCE_STATUSES } from "@/lib/incidents/incident-record";
import { scheduleMaintenance } from "@/lib/incidents/schedule-maintenance";
import { parseInput } from "@/lib/validation";

export const dynamic = "force-dynamic";

export const GET = withApiToken(async () => {
  const scheduled_maintenances = await loadIncidents({
    kind: "maintenance",
    statuses: [...UPCOMING_MAINTENANCE_STATUSES, ...ACTIVE_MAINTENANCE_STATUSES],
    orderBy: "scheduledFor",
  });
  return jsonResponse(200, { scheduled_maintenances });
});

export const POST = withApiToken(async (request, { actor }) => {
  const input = parseInput(scheduleMaintenanceBody, await readJsonBody(request));
  const { incidentId } = await scheduleMaintenance(actor, input);
  // Maintenance is read, updated and deleted through /incidents/{id}.
  return createdResponse(await loadIncident(incidentId), `${API_PREFIX}/incidents/${encodeURIComponent(incidentId)}`);
});
