import type { IncomingMessage } from "node:http";
import { BlockList, isIP } from "node:net";

// The one place that decides which address a request came from. Every throttle keys on it,
// so it must be an address the client cannot choose.

/** Which proxies in front of Beacon may report a client's address (BEACON_TRUST_PROXY). */
export type TrustProxy =
  | { kind: "none" }
  | { kind: "hops"; hops: number }
  | { kind: "addresses"; trusted: BlockList; described: string };

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

/**
 * The key a throttle counts a client under. An IPv6 client usually holds a whole /64 (often
 * far more), so counting single IPv6 addresses would give it 2^64 fresh starts.
 */
export function throttleSourceKey(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  const [head = "", tail = ""] = ip.split("::", 2);
  const left = head ? head.split(":") : [];
  const right = ip.includes("::") && tail ? tail.split(":") : [];
  if (right.at(-1)?.includes(".")) right.splice(-1, 1, "0", "0"); // an embedded IPv4 tail
  const groups = ip.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  const prefix = groups.slice(0, 4).map((group) => Number.parseInt(group || "0", 16).toString(16));
  return `${prefix.join(":")}::/64`;
}

/**
 * Parses BEACON_TRUST_PROXY's value: "false" or "0", a number of proxies, or a comma-separated
 * list of proxy addresses and CIDR ranges. Returns a message instead when it is not one of those.
 */
export function parseTrustProxy(value: string): TrustProxy | { error: string } {
  if (value === "true") {
    return {
      error:
        "no longer accepts true (it believed the leftmost, client-supplied X-Forwarded-For address): set the number " +
        "of proxies in front of Beacon (usually 1), or their addresses, e.g. 127.0.0.1 or 10.0.0.0/8",
    };
  }
  if (value === "false" || value === "0") return { kind: "none" };
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops <= 100 ? { kind: "hops", hops } : { error: "must be at most 100 proxies" };
  }
  const trusted = new BlockList();
  for (const entry of value.split(",").map((part) => part.trim()).filter(Boolean)) {
    const [network = "", prefix, extra] = entry.split("/");
    const family = isIP(network);
    const bits = family === 6 ? 128 : 32;
    const type = family === 6 ? "ipv6" : "ipv4";
    if (family === 0 || extra !== undefined) return { error: `has "${entry}", which is not an address or a CIDR range` };
    if (prefix === undefined) trusted.addAddress(network, type);
    else if (/^\d+$/.test(prefix) && Number(prefix) <= bits) trusted.addSubnet(network, Number(prefix), type);
    else return { error: `has "${entry}", whose prefix length must be 0 to ${bits}` };
  }
  return { kind: "addresses", trusted, described: value };
}
