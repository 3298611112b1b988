import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { hasBody } from "../http/close-unread-body";
import { SERVER_ERROR_HTML, isDocumentRequest } from "../http/server-error-page";

// What the snapshot does not answer goes to the app process over its Unix socket: the
// request as it came (the front door has already refused what no route takes), plus the
// client's address as the front door worked it out (client-ip.ts), which the app trusts.
// Connection-level headers stay on each hop. While the app is starting or restarting a
// request waits for it up to WAIT_MS, then gets a 503 with Retry-After; so does one that meets
// the app just as it dies, if it can safely be sent again (canSendAgain).

export const WAIT_MS = 15_000;
const RETRY_PAUSE_MS = 100;
const RETRY_AFTER_SECONDS = "5";

// Headers about one connection, not the request (RFC 9110 §7.6.1); `expect` was answered
// here already (Node sends the 100 Continue).
const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer", "upgrade", "expect"]);

export type AppTarget = {
  socketPath: string;
  isReady: () => boolean;
  whenReady: (timeoutMs: number) => Promise<boolean>;
};

const agent = new http.Agent({ keepAlive: true });

function requestHeaders(req: IncomingMessage, clientIp: string): http.OutgoingHttpHeaders {
  const headers: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(req.headers)) if (!HOP_BY_HOP.has(name)) headers[name] = value;
  headers["x-beacon-client-ip"] = clientIp;
  // A body of unknown length goes on in chunks; none at all is said so (Node would send
  // an empty chunked body for a POST).
  if (req.headers["transfer-encoding"] !== undefined) headers["transfer-encoding"] = "chunked";
  else if (headers["content-length"] === undefined && req.method !== "GET" && req.method !== "HEAD") headers["content-length"] = "0";
  return headers;
}

function responseHeaders(raw: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i] ?? "";
    if (!HOP_BY_HOP.has(name.toLowerCase())) kept.push(name, raw[i + 1] ?? "");
  }
  return kept;
}

/** The answer while the app cannot be reached: the status page itself still can. */
export function unavailable(req: IncomingMessage, res: ServerResponse): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const document = isDocumentRequest(req);
  const body = document
    ? SERVER_ERROR_HTML
    : JSON.stringify({ error: { code: "unavailable", message: "Beacon is starting or restarting; the status page is still served. Try again in a few seconds." } });
  res.writeHead(503, {
    "Content-Type": document ? "text/html; charset=utf-8" : "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    "Retry-After": RETRY_AFTER_SECONDS,
    "X-Content-Type-Options": "nosniff",
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

/**
 * Whether a request whose forwarding failed can go again: it had no body (none was consumed),
 * and either the app never accepted the connection or the request is a read.
 */
function canSendAgain(req: IncomingMessage, error: NodeJS.ErrnoException): boolean {
  if (hasBody(req)) return false;
  return error.code === "ECONNREFUSED" || error.code === "ENOENT" || req.method === "GET" || req.method === "HEAD";
}

function whenReady(req: IncomingMessage, res: ServerResponse, app: AppTarget, clientIp: string, deadline: number): void {
  // Held, not read: the body stays in the socket until the app can take it.
  req.pause();
  void app.whenReady(Math.max(0, deadline - Date.now())).then((ready) => {
    if (res.destroyed) return;
    if (ready) forward(req, res, app, clientIp, deadline);
    else unavailable(req, res);
  });
}

function forward(req: IncomingMessage, res: ServerResponse, app: AppTarget, clientIp: string, deadline: number): void {
  const upstream = http.request({ socketPath: app.socketPath, method: req.method, path: req.url, headers: requestHeaders(req, clientIp), agent });
  upstream.on("response", (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.statusMessage, responseHeaders(answer.rawHeaders));
    // Cut short (the app died mid-answer): so is this answer, rather than left hanging.
    answer.once("error", () => res.destroy());
    answer.pipe(res);
  });
  upstream.on("error", (error: NodeJS.ErrnoException) => {
    // After the answer is out, an error is the app closing an unread body: nothing to tell.
    if (res.writableFinished) return;
    if (res.headersSent || !canSendAgain(req, error) || Date.now() >= deadline) {
      unavailable(req, res);
      return;
    }
    // The app died a moment ago (the front door hears of it just after): once it is back.
    setTimeout(() => whenReady(req, res, app, clientIp, deadline), RETRY_PAUSE_MS);
  });
  // The client left, or was answered before its body was read (a refusal): the app stops too.
  res.once("close", () => {
    if (!res.writableFinished || !req.complete) {
      req.unpipe(upstream);
      upstream.destroy();
    }
  });
  req.pipe(upstream);
}

export function forwardToApp(req: IncomingMessage, res: ServerResponse, app: AppTarget, clientIp: string): void {
  const deadline = Date.now() + WAIT_MS;
  if (app.isReady()) forward(req, res, app, clientIp, deadline);
  else whenReady(req, res, app, clientIp, deadline);
}
