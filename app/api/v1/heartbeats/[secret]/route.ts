import { errorResponse, expectedErrorResponse, INTERNAL_ERROR_MESSAGE, jsonResponse } from "@/web/rest/http";
import { log } from "@/lib/log";
import { pingHeartbeat } from "@/lib/monitors/heartbeats/ping-heartbeat";

export const dynamic = "force-dynamic";

// A job's ping: `curl -fsS -X POST <url>` at the end of a backup or a cron task. The secret in
// the path is the credential (no token to keep in the job); a body, if any, is never read.

async function ping(_request: Request, context?: { params: Promise<{ secret: string }> }): Promise<Response> {
  try {
    const secret = (await context?.params)?.secret ?? "";
    const outcome = await pingHeartbeat(secret);
    if (outcome === "unknown") return errorResponse(404, "not_found", "No heartbeat has this URL; it may have been removed.");
    const words = { recorded: "Ping received.", coalesced: "Ping received (a second one within a second counts once).", paused: "The heartbeat is paused: the ping is not counted." };
    return jsonResponse(200, { status: outcome === "paused" ? "paused" : "ok", message: words[outcome] });
  } catch (error) {
    const expected = expectedErrorResponse(error);
    if (expected) return expected;
    log.error("heartbeat ping failed", { error: error instanceof Error ? error.message.split("\n")[0] : String(error) });
    return errorResponse(500, "internal", INTERNAL_ERROR_MESSAGE);
  }
}

export const GET = ping;
export const POST = ping;
