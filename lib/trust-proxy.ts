import { BlockList, isIP } from "node:net";

// BEACON_TRUST_PROXY, parsed for env.ts: which proxies in front of Beacon may report a
// client's address. server/client-ip.ts reads the address with it.

/** Which proxies in front of Beacon may report a client's address (BEACON_TRUST_PROXY). */
export type TrustProxy =
  | { kind: "none" }
  | { kind: "hops"; hops: number }
  | { kind: "addresses"; trusted: BlockList; described: string };

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
