import { ATOM_CONTENT_TYPE, renderAtomFeed } from "@/lib/status-page/feeds/atom-feed";
import { feedResponse } from "@/web/http/feed-response";
import { loadFeed } from "@/lib/status-page/feeds/load-feed";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return feedResponse(renderAtomFeed(await loadFeed()), ATOM_CONTENT_TYPE);
}
