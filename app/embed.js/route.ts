import { getEnv } from "@/lib/env";
import { EMBED_CONTENT_TYPE, renderEmbedScript } from "@/lib/status-page/embed/embed-script";

export const dynamic = "force-dynamic";

// Loaded by other sites' pages, hence the open CORS header. The snapshot serves it with its own
// cache headers, as every public path; answered live (before the first snapshot), browsers revalidate.
const headers = { "Content-Type": EMBED_CONTENT_TYPE, "Access-Control-Allow-Origin": "*", "Cache-Control": "no-cache" };

export function GET(): Response {
  return new Response(renderEmbedScript(getEnv().BEACON_URL), { status: 200, headers });
}
