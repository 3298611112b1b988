import { jsonResponse } from "@/web/rest/http";
import { buildOpenApiDocument } from "@/web/rest/openapi";
import { getEnv } from "@/lib/env";

export const dynamic = "force-dynamic";

// Public, and readable from any origin, so API explorers and code generators can load it.
export async function GET(): Promise<Response> {
  return jsonResponse(200, buildOpenApiDocument(getEnv().BEACON_URL), { "Access-Control-Allow-Origin": "*" });
}
