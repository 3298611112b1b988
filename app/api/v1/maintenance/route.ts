import { API_PREFIX, createdResponse, jsonResponse } from "@/lib/api/http";
import { loadIncident, loadIncidents } from "@/lib/api/load-resources";
import { readJsonBody } from "@/lib/api/read-json-body";
import { scheduleMaintenanceBody } from "@/lib/api/request-schemas";
import { withApiToken } from "@/lib/api/with-api-token";
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
