import type { BadgeContent } from "./load-badge";
import { BADGE_CONTENT_TYPE, renderBadge } from "./render-badge";
import type { BadgeTheme } from "./badge-theme";

// A live answer revalidates every time, like the feeds; visitors normally get the snapshot's
// copy, which carries the snapshot's caching (ETag, a short CDN lifetime, stale-if-error).
// CORS is open so a page elsewhere can fetch it; the snapshot adds the same for non-HTML.

export function badgeResponse(content: BadgeContent, theme: BadgeTheme): Response {
  return new Response(renderBadge({ ...content, theme }), {
    status: 200,
    headers: { "Content-Type": BADGE_CONTENT_TYPE, "Cache-Control": "no-cache", "Access-Control-Allow-Origin": "*" },
  });
}

/** Unknown or hidden: a 404 also takes the badge out of the snapshot. */
export function badgeNotFound(): Response {
  return new Response("No such badge.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-cache" } });
}
