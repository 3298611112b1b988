import { describe, expect, it } from "vitest";
import { describeBadStatus, describeRequestError, describeTimeout, statusLabel } from "./describe-failure";

const failed = (code: string, message = "boom") => Object.assign(new Error(message), { code });

describe("describeBadStatus", () => {
  it("explains gateway codes in a webmaster's words", () => {
    expect(describeBadStatus(502).message).toMatch(/^502 Bad Gateway from the proxy/);
    expect(describeBadStatus(504).message).toMatch(/^504 Gateway Timeout/);
    expect(describeBadStatus(503)).toEqual({ failureClass: "http_status", message: "503 Service Unavailable" });
    expect(describeBadStatus(500).message).toBe("500 Internal Server Error");
    expect(describeBadStatus(404).message).toBe("404 Not Found");
    expect(statusLabel(599)).toBe("599");
  });
});

describe("describeTimeout", () => {
  it("names the budget and the phase it was stuck in", () => {
    expect(describeTimeout(10_000, "waiting").message).toBe("timed out after 10 s (connected, no answer)");
    expect(describeTimeout(2500, "dns").message).toBe("timed out after 2.5 s (waiting for DNS)");
    expect(describeTimeout(500, null)).toEqual({ failureClass: "timeout", message: "timed out after 500 ms" });
  });
});

describe("describeRequestError", () => {
  it.each([
    ["ECONNREFUSED", "connection_refused", "connection refused"],
    ["ECONNRESET", "connection_reset", "connection reset by the server"],
    ["ENOTFOUND", "dns", "DNS lookup failed for example.test"],
    ["EAI_AGAIN", "dns", "DNS lookup failed for example.test"],
    ["EHOSTUNREACH", "network", "host unreachable"],
    ["CERT_HAS_EXPIRED", "certificate_expired", "certificate expired"],
    ["DEPTH_ZERO_SELF_SIGNED_CERT", "tls", "certificate not trusted (self-signed or unknown issuer)"],
    ["SELF_SIGNED_CERT_IN_CHAIN", "tls", "certificate not trusted (self-signed or unknown issuer)"],
    ["ERR_TLS_CERT_ALTNAME_INVALID", "tls", "certificate does not match example.test"],
    ["ERR_SSL_WRONG_VERSION_NUMBER", "tls", "TLS handshake failed: ERR_SSL_WRONG_VERSION_NUMBER"],
    ["EWEIRD", "network", "network error: EWEIRD"],
  ])("%s", (code, failureClass, message) => {
    expect(describeRequestError(failed(code), "example.test", "waiting")).toEqual({ failureClass, message });
  });

  it("counts an unknown failure during the handshake as TLS", () => {
    expect(describeRequestError(failed("EPROTO"), "example.test", "tls").failureClass).toBe("tls");
  });

  // Header values may be credentials; Node's messages for bad headers quote them.
  it("never repeats a bad header's value", () => {
    const error = failed("ERR_INVALID_CHAR", 'Invalid character in header content ["Authorization"] Bearer s3cret\n');
    expect(describeRequestError(error, "example.test", null).message).not.toContain("s3cret");
  });

  it("uses a short message when the error has no code", () => {
    expect(describeRequestError(new Error("x".repeat(200)), "example.test", null).message.length).toBeLessThan(100);
  });
});
