import { v2JsonResponse } from "@/web/http/v2-json-response";
import { loadV2Data } from "@/lib/status-page/v2/load-v2-data";
import { scheduledMaintenancesJson } from "@/lib/status-page/v2/serialize-responses";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return v2JsonResponse(scheduledMaintenancesJson(await loadV2Data("scheduled-maintenances")));
}
