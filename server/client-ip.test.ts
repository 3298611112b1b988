import type { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { parseTrustProxy, type TrustProxy } from "../lib/trust-proxy";
import { clientIp } from "./client-ip";

const request = (forwarded: string | string[] | undefined, remoteAddress = "::ffff:10.0.0.7") => ({
  headers: forwarded ? { "x-forwarded-for": forwarded } : {},
  socket: { remoteAddress } as Socket,
});

function trust(value: string): TrustProxy {
  const parsed = parseTrustProxy(value);
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed;
}

describe("clientIp", () => {
  it("uses the connection's address unless a proxy is trusted", () => {
    expect(clientIp(request("203.0.113.9"), trust("false"))).toBe("10.0.0.7");
    expect(clientIp(request("203.0.113.9"), trust("0"))).toBe("10.0.0.7");
    expect(clientIp(request(undefined, "2001:db8::5"), trust("false"))).toBe("2001:db8::5");
  });

  // Regression: BEACON_TRUST_PROXY=true believed the leftmost entry, which the client writes itself.
  it("never takes the client-supplied leftmost entry behind one proxy", () => {
    // The client sent "X-Forwarded-For: 198.51.100.66"; nginx appended the address it saw.
    expect(clientIp(request("198.51.100.66, 203.0.113.9"), trust("1"))).toBe("203.0.113.9");
    expect(clientIp(request("198.51.100.66, 203.0.113.9"), trust("127.0.0.1,10.0.0.0/8"))).toBe("203.0.113.9");
  });

  it("counts hops from the right, stopping at the leftmost entry", () => {
    const chain = "198.51.100.66, 203.0.113.9, 10.0.0.2";
    expect(clientIp(request(chain), trust("1"))).toBe("10.0.0.2");
    expect(clientIp(request(chain), trust("2"))).toBe("203.0.113.9");
    expect(clientIp(request(chain), trust("9"))).toBe("198.51.100.66");
    expect(clientIp(request(undefined), trust("2"))).toBe("10.0.0.7");
  });

  it("skips trusted addresses and CIDR ranges from the right, like real_ip_recursive", () => {
    const proxies = trust("10.0.0.0/8, 192.0.2.1, 2001:db8:ffff::/48");
    expect(clientIp(request("198.51.100.66, 203.0.113.9, 192.0.2.1, 10.1.2.3"), proxies)).toBe("203.0.113.9");
    expect(clientIp(request(["203.0.113.9", "2001:db8:ffff::1"]), proxies)).toBe("203.0.113.9");
    // The connection itself is not a trusted proxy: its header is ignored.
    expect(clientIp(request("203.0.113.9", "198.51.100.1"), proxies)).toBe("198.51.100.1");
    // Every entry trusted: the leftmost is the best that is known.
    expect(clientIp(request("10.9.9.9, 10.0.0.1"), proxies)).toBe("10.9.9.9");
  });

  it("reads ports and brackets, and stops at an entry that is not an address", () => {
    expect(clientIp(request("[2001:db8::7]:5555"), trust("1"))).toBe("2001:db8::7");
    expect(clientIp(request("203.0.113.9:5555"), trust("1"))).toBe("203.0.113.9");
    expect(clientIp(request("203.0.113.9, not-an-ip"), trust("2"))).toBe("10.0.0.7");
    expect(clientIp(request("not-an-ip, 10.0.0.3"), trust("10.0.0.0/8"))).toBe("10.0.0.3");
  });
});
