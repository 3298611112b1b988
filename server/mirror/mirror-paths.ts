import path from "node:path";
import { snapshotKey } from "../snapshot/public-paths";

// Where each public page lands in the static mirror, and its links rewritten to be relative,
// so the folder works from any web server, bucket or sub-path. A page is a folder with an
// index.html ("/incidents/abc" → "incidents/abc/index.html"); files keep their names. Links to
// what the mirror cannot answer (the subscribe form, the dashboard) go to Beacon itself.

export const ERROR_PAGE_FILES = ["502.html", "503.html", "504.html"] as const;

/** The mirror's file for a snapshot key ("/" → "index.html"). */
export function mirrorFile(key: string): string {
  const [pathname = "/", query = ""] = key.split("?");
  const params = new URLSearchParams(query);
  if (pathname === "/history" && params.get("page")) return `history/page/${params.get("page")}/index.html`;
  if (params.get("theme") === "dark" && pathname.endsWith(".svg")) return `${pathname.slice(1, -".svg".length)}-dark.svg`;
  if (pathname === "/") return "index.html";
  return /\.[a-z0-9]+$/i.test(pathname) ? pathname.slice(1) : `${pathname.slice(1)}/index.html`;
}

/** What a link to `file` from `fromFile` says: folders end in "/", never in index.html. */
function relative(fromFile: string, file: string): string {
  const target = file.endsWith("index.html") ? file.slice(0, -"index.html".length) : file;
  const link = path.posix.relative(path.posix.dirname(fromFile), target || ".");
  const withSlash = target.endsWith("/") || target === "" ? `${link || "."}/` : link;
  return withSlash.startsWith(".") ? withSlash : `./${withSlash}`;
}

const LINK = /\b(href|src|action)="(\/(?!\/)[^"]*)"/g;

/** Static files a page refers to (its styles, its icon), as paths under the site root. */
export function assetsOf(html: string): string[] {
  return [...html.matchAll(LINK)].map((match) => (match[2] ?? "").split(/[?#]/)[0] ?? "").filter((url) => url.startsWith("/_next/static/") || url === "/icon.svg");
}

/** A page's HTML with its site-absolute links made relative to where the mirror puts it. */
export function rewriteLinks(html: string, fromFile: string, beaconUrl: string): string {
  return html.replace(LINK, (whole, attribute: string, url: string) => {
    const [withoutHash = "", hash] = url.split("#");
    const suffix = hash === undefined ? "" : `#${hash}`;
    const pathname = withoutHash.split("?")[0] ?? "";
    if (pathname.startsWith("/_next/static/") || pathname === "/icon.svg") return `${attribute}="${relative(fromFile, pathname.slice(1))}"`;
    const key = attribute === "action" ? null : snapshotKey(withoutHash);
    if (key) return `${attribute}="${relative(fromFile, mirrorFile(key))}${suffix}"`;
    return `${attribute}="${beaconUrl.replace(/\/$/, "")}${url}"`;
  });
}
