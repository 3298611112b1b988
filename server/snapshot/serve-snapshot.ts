import type { IncomingMessage, ServerResponse } from "node:http";
import type { SnapshotEntry } from "./snapshot-entry";
import { FIXED_PUBLIC_PATHS, snapshotKey } from "./public-paths";

// Answers public GETs from stored bytes: no rendering, no database. Headers are computed once
// per entry and encoding, and the encoding once per distinct Accept-Encoding, so a request
// costs two map lookups and one write (`npm run bench` sets its CPU time beside a bare Node server's).

// Browsers revalidate every time (cheap: a 304 on a matching ETag); a CDN may keep a copy for
// 10 s and keep serving it for a day if Beacon itself becomes unreachable.
export const SNAPSHOT_CACHE_CONTROL = "public, max-age=0, s-maxage=10, stale-while-revalidate=30, stale-if-error=86400";

type Encoding = "br" | "gzip" | "identity";
type HeaderList = [string, string][];
type EntryHeaders = Record<Encoding, { ok: HeaderList; notModified: HeaderList }>;

const headerCache = new WeakMap<SnapshotEntry, EntryHeaders>();

// A fixed public path asked for exactly (no query, no trailing slash) is its own key.
const exactKeys = new Set(FIXED_PUBLIC_PATHS);

// Browsers send a handful of distinct Accept-Encoding values; anyone can send many more (each
// up to Node's 16 KB header limit), so the cache is emptied when full rather than left to grow.
const ENCODING_CACHE_SIZE = 64;
const encodingCache = new Map<string, Encoding>();

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

function withLength(base: HeaderList, encoded: HeaderList, body: Buffer) {
  // A 304 carries the 200's headers but no Content-Length (it has no body).
  return { ok: [...base, ...encoded, ["Content-Length", String(body.length)]] satisfies HeaderList, notModified: [...base, ...encoded] };
}

function headersFor(entry: SnapshotEntry): EntryHeaders {
  let cached = headerCache.get(entry);
  if (!cached) {
    const base = baseHeaders(entry);
    cached = {
      identity: withLength(base, [], entry.body),
      gzip: withLength(base, [["Content-Encoding", "gzip"]], entry.gzip),
      br: withLength(base, [["Content-Encoding", "br"]], entry.br),
    };
    headerCache.set(entry, cached);
  }
  return cached;
}

/** Picks brotli, then gzip, honouring `;q=0` refusals. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return "identity";
  let encoding = encodingCache.get(acceptEncoding);
  if (encoding === undefined) {
    encoding = parseAcceptEncoding(acceptEncoding);
    if (encodingCache.size >= ENCODING_CACHE_SIZE) encodingCache.clear();
    encodingCache.set(acceptEncoding, encoding);
  }
  return encoding;
}

function parseAcceptEncoding(acceptEncoding: string): Encoding {
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
  const { method, url } = req;
  if ((method !== "GET" && method !== "HEAD") || !url) return false;
  const key = exactKeys.has(url) ? url : snapshotKey(url);
  const entry = key === null ? undefined : lookup(key);
  if (!entry) return false;
  const headers = req.headers;
  const encoding = chooseEncoding(headers["accept-encoding"]);
  const ifNoneMatch = headers["if-none-match"];
  if (ifNoneMatch && matchesEtag(ifNoneMatch, entry.etag)) {
    res.writeHead(304, headersFor(entry)[encoding].notModified);
    res.end();
    return true;
  }
  res.writeHead(200, headersFor(entry)[encoding].ok);
  if (method === "HEAD") res.end();
  else res.end(encoding === "br" ? entry.br : encoding === "gzip" ? entry.gzip : entry.body);
  return true;
}
