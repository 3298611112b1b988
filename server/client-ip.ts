import type { IncomingMessage } from "node:http";
import { type BlockList, isIP } from "node:net";
import type { TrustProxy } from "../lib/trust-proxy";

// The one place that decides which address a request came from. Every throttle keys on it,
// so it must be an address the client cannot choose. server/server.ts hands it to Next as
// x-beacon-client-ip, overwriting any value the client sent.

/** A bare address from a socket or an X-Forwarded-For entry, or null if it is none. */
export function normalizeAddress(raw: string | undefined): string | null {
  let value = raw?.trim().toLowerCase() ?? "";
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value); // "[2001:db8::1]:443"
  if (bracketed?.[1]) value = bracketed[1];
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(value)) value = value.replace(/:\d+$/, ""); // "192.0.2.1:443"
  value = value.replace(/^::ffff:(?=\d{1,3}(?:\.\d{1,3}){3}$)/, ""); // an IPv4 client on a dual-stack socket
  return isIP(value) ? value : null;
}

function isTrusted(address: string, trusted: BlockList): boolean {
  return trusted.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address. Without trusted proxies it is the connection's. Behind them it is read
 * from the right of X-Forwarded-For, as nginx's `real_ip_recursive on` does: each proxy appends
 * the address it received the request from, so only entries added by trusted proxies are
 * believed; the leftmost entries are whatever the client sent and are never taken while an
 * untrusted one stands to their right.
 */
export function clientIp(req: Pick<IncomingMessage, "headers" | "socket">, trust: TrustProxy): string {
  const peer = normalizeAddress(req.socket.remoteAddress) ?? "unknown";
  const header = req.headers["x-forwarded-for"];
  if (trust.kind === "none" || peer === "unknown" || !header) return peer;
  const forwarded = (Array.isArray(header) ? header.join(",") : header).split(",");
  const chain = [...forwarded.map(normalizeAddress), peer];
  let index = chain.length - 1;
  // A malformed entry ends the walk: the address to its right is the last one a trusted proxy vouched for.
  const canStepLeft = () => index > 0 && chain[index - 1] !== null;
  if (trust.kind === "hops") {
    for (let skipped = 0; skipped < trust.hops && canStepLeft(); skipped += 1) index -= 1;
  } else {
    while (isTrusted(chain[index] as string, trust.trusted) && canStepLeft()) index -= 1;
  }
  return chain[index] as string;
}
