import { feedResponse } from "@/web/http/feed-response";
import { loadFeed } from "@/lib/status-page/feeds/load-feed";
import { RSS_CONTENT_TYPE, renderRssFeed } from "@/lib/status-page/feeds/rss-feed";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return feedResponse(renderRssFeed(await loadFeed()), RSS_CONTENT_TYPE);
}
