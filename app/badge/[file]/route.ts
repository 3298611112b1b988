import type { NextRequest } from "next/server";
import { badgeNotFound, badgeResponse } from "@/lib/status-page/badge/badge-response";
import { badgeTheme } from "@/lib/status-page/badge/badge-theme";
import { componentIdFromBadgeFile } from "@/lib/status-page/badge/badge-file";
import { loadComponentBadge } from "@/lib/status-page/badge/load-badge";

export const dynamic = "force-dynamic";

// /badge/<component id>.svg: Next has no "[id].svg" segment, so the file name is parsed here.
export async function GET(request: NextRequest, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const id = componentIdFromBadgeFile((await params).file);
  const content = id === null ? null : await loadComponentBadge(id);
  return content ? badgeResponse(content, badgeTheme(request.nextUrl.searchParams)) : badgeNotFound();
}
