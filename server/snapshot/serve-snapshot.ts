import type { IncomingMessage, ServerResponse } from "node:http";
import type { SnapshotEntry } from "./snapshot-entry";
import { snapshotKey } from "./public-paths";

// Answers public GETs from stored bytes: no rendering, no database. Headers are computed once
// per entry and encoding, so a request costs a map lookup and one write.

// Browsers revalidate every time (cheap: a 304 on a matching ETag); a CDN may keep a copy for
// 10 s and keep serving it for a day if Beacon itself becomes unreachable.
export const SNAPSHOT_CACHE_CONTROL = "public, max-age=0, s-maxage=10, stale-while-revalidate=30, stale-if-error=86400";

type Encoding = "br" | "gzip" | "identity";
type HeaderList = [string, string][];

const headerCache = new WeakMap<SnapshotEntry, Record<Encoding, HeaderList>>();

function baseHeaders(entry: SnapshotEntry): HeaderList {
  const headers: HeaderList = [
    ["Content-Type", entry.contentType],
    ["ETag", entry.etag],
    ["Last-Modified", new Date(entry.builtAt).toUTCString()],
    ["Cache-Control", SNAPSHOT_CACHE_CONTROL],
    ["Vary", "Accept-Encoding"],
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ];
  if (!entry.contentType.startsWith("text/html")) headers.push(["Access-Control-Allow-Origin", "*"]);
  for (const [name, value] of Object.entries(entry.headers)) headers.push([name, value]);
  return headers;
}

function headersFor(entry: SnapshotEntry, encoding: Encoding): HeaderList {
  let cached = headerCache.get(entry);
  if (!cached) {
    const base = baseHeaders(entry);
    cached = {
      identity: [...base, ["Content-Length", String(entry.body.length)]],
      gzip: [...base, ["Content-Encoding", "gzip"], ["Content-Length", String(entry.gzip.length)]],
      br: [...base, ["Content-Encoding", "br"], ["Content-Length", String(entry.br.length)]],
    };
    headerCache.set(entry, cached);
  }
  return cached[encoding];
}

/** Picks brotli, then gzip, honouring `;q=0` refusals. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return "identity";
  const accepted = new Set<string>();
  for (const part of acceptEncoding.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const refused = params.some((param) => /^\s*q=0(\.0*)?\s*$/.test(param));
    if (name && !refused) accepted.add(name);
  }
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip") || accepted.has("*")) return "gzip";
  return "identity";
}

function matchesEtag(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/** Serves the request from the snapshot and returns true, or returns false to let the app answer. */
export function serveSnapshot(
  req: IncomingMessage,
  res: ServerResponse,
  lookup: (key: string) => SnapshotEntry | undefined,
): boolean {
  if ((req.method !== "GET" && req.method !== "HEAD") || !req.url) return false;
  const key = snapshotKey(req.url);
  const entry = key === null ? undefined : lookup(key);
  if (!entry) return false;
  const encoding = chooseEncoding(req.headers["accept-encoding"]);
  const ifNoneMatch = req.headers["if-none-match"];
  if (ifNoneMatch && matchesEtag(ifNoneMatch, entry.etag)) {
    res.writeHead(304, headersFor(entry, encoding).filter(([name]) => name !== "Content-Length"));
    res.end();
    return true;
  }
  res.writeHead(200, headersFor(entry, encoding));
  if (req.method === "HEAD") res.end();
  else res.end(encoding === "br" ? entry.br : encoding === "gzip" ? entry.gzip : entry.body);
  return true;
}
