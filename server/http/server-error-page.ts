import type { IncomingMessage, ServerResponse } from "node:http";
import { SERVER_ERROR_EXPLANATION, SERVER_ERROR_TITLE } from "../../web/http/server-error-text";

// When a page Beacon renders on request fails (a bug, or the database is unreachable), Next
// answers a document request with an empty shell that only JavaScript fills in. A visitor
// without it, or a crawler, would see a blank page. For document requests, a 5xx answer is
// replaced with this page instead: it works without JavaScript and without the database.

export const SERVER_ERROR_HTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${SERVER_ERROR_TITLE}</title>
<style>body{font-family:system-ui,sans-serif;margin:0;background:#fff;color:#0f172a}main{max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5}
h1{font-size:1.5rem;line-height:1.3}a{color:inherit;font-weight:600}@media (prefers-color-scheme:dark){body{background:#020617;color:#f1f5f9}}</style></head>
<body><main><h1>${SERVER_ERROR_TITLE}</h1>
<p>${SERVER_ERROR_EXPLANATION}</p>
<p>The current status is still available: <a href="/">go to the status page</a>.</p></main></body></html>
`;

/**
 * A browser loading a page: not Next's client-side data requests (its own error UI handles
 * those) and not the APIs, whose 5xx answers say what is wrong in JSON (e.g. /api/health).
 */
export function isDocumentRequest(req: IncomingMessage): boolean {
  if (req.url?.startsWith("/api/")) return false;
  return (req.headers.accept ?? "").includes("text/html") && req.headers.rsc === undefined && req.headers["next-action"] === undefined;
}

/** Makes a 5xx answer to a document request carry SERVER_ERROR_HTML, whatever the handler writes. */
export function replaceServerErrorPages(req: IncomingMessage, res: ServerResponse): void {
  if (!isDocumentRequest(req) || req.method === "HEAD") return;
  const writeHead = res.writeHead.bind(res) as (status: number) => ServerResponse;
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  let replacing = false;
  // Node calls writeHead itself before the first write, so every answer passes through here.
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status < 500) return (res.writeHead = writeHead as typeof res.writeHead)(status, ...(rest as []));
    replacing = true;
    for (const name of ["content-encoding", "content-length", "etag", "vary", "transfer-encoding"]) res.removeHeader(name);
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("cache-control", "no-store");
    res.setHeader("content-length", Buffer.byteLength(SERVER_ERROR_HTML));
    return writeHead(status);
  }) as typeof res.writeHead;
  res.write = ((...args: unknown[]) => {
    if (!res.headersSent) res.writeHead(res.statusCode);
    if (replacing) return true;
    return write(...args);
  }) as typeof res.write;
  res.end = ((...args: unknown[]) => {
    if (!res.headersSent) res.writeHead(res.statusCode);
    if (!replacing) return end(...args);
    const callback = args.find((arg) => typeof arg === "function");
    return end(SERVER_ERROR_HTML, callback);
  }) as typeof res.end;
}
