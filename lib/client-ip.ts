import type { IncomingMessage } from "node:http";

/**
 * The address a request came from. X-Forwarded-For is only believed behind a proxy the
 * operator declared (BEACON_TRUST_PROXY); otherwise anyone could pick their own address and
 * dodge the per-address sign-in limit.
 */
export function clientIp(req: Pick<IncomingMessage, "headers" | "socket">, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers["x-forwarded-for"];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress?.replace(/^::ffff:/, "") ?? "unknown";
}
