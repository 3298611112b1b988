import type { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

const request = (forwarded: string | undefined, remoteAddress = "::ffff:10.0.0.7") => ({
  headers: forwarded ? { "x-forwarded-for": forwarded } : {},
  socket: { remoteAddress } as Socket,
});

describe("clientIp", () => {
  it("uses the connection's address unless a proxy is trusted", () => {
    expect(clientIp(request("203.0.113.9"), false)).toBe("10.0.0.7");
  });

  it("takes the first forwarded address behind a trusted proxy", () => {
    expect(clientIp(request("203.0.113.9, 10.0.0.1"), true)).toBe("203.0.113.9");
    expect(clientIp(request(undefined), true)).toBe("10.0.0.7");
  });
});
