import type { IncomingMessage, ServerResponse } from "node:http";
import { snapshotKey } from "../snapshot/public-paths";
import { bodyLimitFor, FORM_BODY_LIMIT } from "../../web/http/body-limits";
import { closeUnreadBodyAfterAnswer, hasBody } from "./close-unread-body";

// The front door: requests that no route should ever see are answered here, before Next reads
// a byte of their body or renders anything. Pure rules (gateRefusal) and one writer (gateRequest).

export type GateRefusal = {
  status: 204 | 400 | 405 | 411 | 413;
  headers: Record<string, string>;
  body: string;
};

const PUBLIC_METHODS = "GET, HEAD";
const JSON_METHODS = "GET, HEAD, OPTIONS";

function plain(status: GateRefusal["status"], message: string, headers: Record<string, string> = {}): GateRefusal {
  return { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...headers }, body: `${message}\n` };
}

function apiError(status: 400 | 411 | 413, code: string, message: string): GateRefusal {
  return { status, headers: { "Content-Type": "application/json; charset=utf-8" }, body: JSON.stringify({ error: { code, message } }) };
}

function isApiPath(pathname: string): boolean {
  return pathname.startsWith("/api/");
}

function hasMalformedEscapes(pathname: string): boolean {
  // Only a `%` can start a malformed escape; most paths have none.
  if (!pathname.includes("%")) return false;
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** What the snapshot's paths (the public page, history, incidents, feeds, v2 JSON) take. */
function publicPathRefusal(method: string, pathname: string): GateRefusal | null {
  if (method === "GET" || method === "HEAD" || snapshotKey(pathname) === null) return null;
  const isJson = pathname.startsWith("/api/v2/");
  if (isJson && method === "OPTIONS") {
    // A CORS preflight: the JSON is public and readable from any origin.
    return {
      status: 204,
      headers: { Allow: JSON_METHODS, "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": JSON_METHODS, "Access-Control-Max-Age": "86400" },
      body: "",
    };
  }
  const allow = isJson ? JSON_METHODS : PUBLIC_METHODS;
  return plain(405, `${method} is not allowed here; this page only answers ${allow}.`, { Allow: allow });
}

/**
 * A body over its route's cap, by its declared length. Forms and server actions take only
 * bodies of a declared length (browsers and Next's client always declare it): a chunked one
 * would be read by Next up to its limit and then answered with a 500, not refused up front.
 */
function bodyRefusal(req: Pick<IncomingMessage, "headers">, pathname: string): GateRefusal | null {
  const declared = req.headers["content-length"];
  if (declared === undefined && req.headers["transfer-encoding"] === undefined) return null;
  const limit = bodyLimitFor(pathname);
  if (declared !== undefined && Number(declared) > limit) {
    const message = `The request body is larger than ${Math.round(limit / 1024)} KB.`;
    return isApiPath(pathname) ? apiError(413, "payload_too_large", message) : plain(413, message);
  }
  const chunked = declared === undefined && req.headers["transfer-encoding"] !== undefined;
  if (chunked && limit === FORM_BODY_LIMIT) return plain(411, "A request body here needs a Content-Length.");
  return null;
}

/** The answer for a request the app must not see, or null to let it through. */
export function gateRefusal(req: Pick<IncomingMessage, "method" | "url" | "headers">): GateRefusal | null {
  const url = req.url ?? "";
  const method = (req.method ?? "GET").toUpperCase();
  // `*` (OPTIONS * or GET *) and other targets that are not a path name no resource here.
  if (!url.startsWith("/")) return plain(400, "The request target must be a path.");
  const queryAt = url.indexOf("?");
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  if (hasMalformedEscapes(pathname)) {
    const message = "The address contains a malformed percent-encoding.";
    return isApiPath(pathname) ? apiError(400, "bad_request", message) : plain(400, message);
  }
  const refused = publicPathRefusal(method, pathname);
  if (refused) return refused;
  return bodyRefusal(req, pathname);
}

/** Answers a refused request and returns true; returns false to let the app answer. */
export function gateRequest(req: IncomingMessage, res: ServerResponse): boolean {
  // A route that refuses a chunked body stops reading at its cap; so does this gate, at once.
  // A request without a body (most: every GET) has nothing left unread, so it needs no listener.
  if (hasBody(req)) closeUnreadBodyAfterAnswer(req, res);
  const refusal = gateRefusal(req);
  if (!refusal) return false;
  const headers: Record<string, string> = { ...refusal.headers, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
  res.writeHead(refusal.status, { ...headers, "Content-Length": String(Buffer.byteLength(refusal.body)) });
  res.end(req.method === "HEAD" ? undefined : refusal.body);
  return true;
}
