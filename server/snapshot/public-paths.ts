import { badgeTheme } from "../../lib/status-page/badge/badge-theme";

// Which requests the snapshot answers, and under which key. Query strings that do not change
// the page (tracking parameters, cache-busters) map to the same key, so they are served from
// the snapshot too instead of falling through to a live render.

const fixedPaths = new Set([
  "/",
  "/history",
  "/history.atom",
  "/history.rss",
  "/api/v2/summary.json",
  "/api/v2/status.json",
  "/api/v2/components.json",
  "/api/v2/incidents.json",
  "/api/v2/incidents/unresolved.json",
  "/api/v2/scheduled-maintenances.json",
  "/api/v2/scheduled-maintenances/upcoming.json",
  "/api/v2/scheduled-maintenances/active.json",
  // The badge (badge/), the page as markdown for agents and terminals (index.md, llms.txt),
  // the widget for the webmaster's own site (embed.js): issue 12.
  "/badge.svg",
  "/badge.svg?theme=dark",
  "/index.md",
  "/llms.txt",
  "/embed.js",
]);

export const FIXED_PUBLIC_PATHS: readonly string[] = [...fixedPaths];

const incidentPath = /^\/incidents\/[A-Za-z0-9_-]{1,64}$/;
const componentBadgePath = /^\/badge\/[A-Za-z0-9_-]{1,64}\.svg$/;

export function incidentKey(id: string): string {
  return `/incidents/${id}`;
}

export function historyKey(page: number): string {
  return page <= 1 ? "/history" : `/history?page=${page}`;
}

/** Both keys of a component's badge: light, and `?theme=dark`. */
export function componentBadgeKeys(id: string): string[] {
  return [`/badge/${id}.svg`, `/badge/${id}.svg?theme=dark`];
}

// A badge has two variants; any other query (a cache-buster in a README) is the light one.
function isBadgePath(pathname: string): boolean {
  return pathname === "/badge.svg" || componentBadgePath.test(pathname);
}

/** The snapshot key for a request URL (path and query), or null when it is not a public page. */
export function snapshotKey(url: string): string | null {
  const queryAt = url.indexOf("?");
  let pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  if (pathname.length > 1 && pathname.endsWith("/")) pathname = pathname.slice(0, -1);
  if (pathname === "/history" && queryAt !== -1) {
    const page = new URLSearchParams(url.slice(queryAt + 1)).get("page");
    if (page !== null) return /^[1-9]\d{0,4}$/.test(page) ? historyKey(Number(page)) : null;
  }
  if (isBadgePath(pathname)) {
    const dark = queryAt !== -1 && badgeTheme(new URLSearchParams(url.slice(queryAt + 1))) === "dark";
    return dark ? `${pathname}?theme=dark` : pathname;
  }
  if (fixedPaths.has(pathname) || incidentPath.test(pathname)) return pathname;
  return null;
}
