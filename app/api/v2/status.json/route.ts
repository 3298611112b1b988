import { v2JsonResponse } from "@/web/http/v2-json-response";
import { loadV2Data } from "@/lib/status-page/v2/load-v2-data";
import { statusJson } from "@/lib/status-page/v2/serialize-responses";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return v2JsonResponse(statusJson(await loadV2Data("status")));
}
