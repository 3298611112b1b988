import { getHealth } from "@/lib/health/get-health";

export const dynamic = "force-dynamic";

// 503 only when the database cannot be reached. With writes merely waiting (degraded) this
// process still serves every page, and another instance would share the same database anyway.
export async function GET(): Promise<Response> {
  const health = await getHealth();
  return Response.json(health, {
    status: health.database === "unreachable" ? 503 : 200,
    headers: { "Cache-Control": "no-store" },
  });
}
