import { jsonResponse } from "@/web/rest/http";
import { parsePathId } from "@/web/rest/params";
import { serializeMonitorCheck } from "@/web/rest/serialize-monitor";
import { withApiToken } from "@/web/rest/with-api-token";
import { checkMonitorNow } from "@/lib/monitors/check-monitor-now";

export const dynamic = "force-dynamic";

type Params = { id: string };

// "Check now": the answer waits for the check (at most the monitor's timeout) and counts it
// like any other, so it can open or resolve an incident. 409 while a check of it is running.
export const POST = withApiToken<Params>(async (_request, { actor, params }) => {
  const check = await checkMonitorNow(actor, parsePathId(params.id, "Monitor"));
  return jsonResponse(200, serializeMonitorCheck(check));
});
