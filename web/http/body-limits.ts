// How large a request body each kind of route takes. Far above anything Beacon's own forms and
// documented clients send, far below what would cost memory: a body over its cap is refused
// with 413, by its declared Content-Length before anything is read (server/http/request-gate.ts),
// or once the bytes read pass the cap (web/http/read-limited-body.ts, Next for actions).

import { ALERTMANAGER_BODY_LIMIT, ALERTMANAGER_PATH } from "../../lib/alerts/receiver-config";

/** /api/v1 JSON bodies. */
export const API_BODY_LIMIT = 64 * 1024;

/**
 * Forms and server actions: the longest form (an incident update: 20,000 characters, up to 4
 * bytes each, plus its components) fits. next.config.js sets serverActions.bodySizeLimit to the
 * same value (a unit test keeps the two equal).
 */
export const FORM_BODY_LIMIT = 256 * 1024;

/** RFC 8058's one-click body is `List-Unsubscribe=One-Click`, 26 bytes. */
export const UNSUBSCRIBE_BODY_LIMIT = 4 * 1024;

export const UNSUBSCRIBE_PATH = "/subscribe/unsubscribe";

/** The cap for a request path (without its query). */
export function bodyLimitFor(pathname: string): number {
  // Alertmanager sends a whole group at once (100 alerts are about 86 KB) and retries no 4xx.
  if (pathname === ALERTMANAGER_PATH) return ALERTMANAGER_BODY_LIMIT;
  if (pathname === "/api/v1" || pathname.startsWith("/api/v1/")) return API_BODY_LIMIT;
  if (pathname === UNSUBSCRIBE_PATH) return UNSUBSCRIBE_BODY_LIMIT;
  return FORM_BODY_LIMIT;
}
