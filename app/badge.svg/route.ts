import type { NextRequest } from "next/server";
import { badgeResponse } from "@/lib/status-page/badge/badge-response";
import { badgeTheme } from "@/lib/status-page/badge/badge-theme";
import { loadOverallBadge } from "@/lib/status-page/badge/load-badge";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  return badgeResponse(await loadOverallBadge(), badgeTheme(request.nextUrl.searchParams));
}
