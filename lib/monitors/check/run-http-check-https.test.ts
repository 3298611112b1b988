import https from "node:https";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CheckSettings } from "./check-settings";
import { runHttpCheck } from "./run-http-check";
import { type KeyPair, makeTestCertificates, type TestCertificates } from "./test-certificates";
import { listen } from "./test-server";

// https against real local servers, each with its own certificate made by openssl at start.

const TEST_TIMEOUT = 20_000;
const DAY = 24 * 60 * 60 * 1000;

let certificates: TestCertificates;
const closers: (() => Promise<void>)[] = [];

async function serve(pair: KeyPair): Promise<number> {
  const server = https.createServer(pair, (_req, res) => res.end("secure"));
  const { port, close } = await listen(server);
  closers.push(close);
  return port;
}

const ports = { valid: 0, expired: 0, otherHost: 0, selfSigned: 0 };

beforeAll(async () => {
  certificates = makeTestCertificates();
  ports.valid = await serve(certificates.valid);
  ports.expired = await serve(certificates.expired);
  ports.otherHost = await serve(certificates.otherHost);
  ports.selfSigned = await serve(certificates.selfSigned);
}, 60_000);

afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
  certificates?.remove();
});

function settings(port: number, more: Partial<CheckSettings> = {}): CheckSettings {
  return { url: `https://127.0.0.1:${port}/`, method: "GET", headers: {}, timeoutMs: 10_000, upStatuses: "200-399", keyword: null, json: null, degradedAfterMs: null, certExpiryDays: null, ca: certificates.ca, ...more };
}

describe("runHttpCheck over https", { timeout: TEST_TIMEOUT }, () => {
  it("is up with a trusted certificate, and records when it expires", async () => {
    const result = await runHttpCheck(settings(ports.valid));
    expect(result).toMatchObject({ outcome: "up", statusCode: 200, failureClass: null });
    expect(result.timings.dnsMs).toBeNull();
    expect(result.timings.tlsMs).toBeTypeOf("number");
    expect(result.timings.tlsMs!).toBeLessThanOrEqual(result.timings.totalMs);
    const expiresIn = result.certificateExpiresAt!.getTime() - Date.now();
    expect(Math.abs(expiresIn - 30 * DAY)).toBeLessThan(DAY);
  });

  it("times DNS for a host name", async () => {
    const result = await runHttpCheck(settings(ports.valid, { url: `https://localhost:${ports.valid}/` }));
    expect(result.outcome).toBe("up");
    expect(result.timings.dnsMs).toBeTypeOf("number");
    expect(result.timings.tlsMs).toBeTypeOf("number");
  });

  it("is degraded when the certificate expires within the warning", async () => {
    const result = await runHttpCheck(settings(ports.valid, { certExpiryDays: 60 }));
    expect(result).toMatchObject({ outcome: "degraded", failureClass: "certificate_expiring" });
    expect(result.message).toMatch(/^certificate expires in 30 days \(on \d{4}-\d{2}-\d{2}\)$/);
    expect((await runHttpCheck(settings(ports.valid, { certExpiryDays: 7 }))).outcome).toBe("up");
  });

  it("counts days from the clock it is given", async () => {
    const inTwentyFiveDays = () => Date.now() + 25 * DAY;
    const result = await runHttpCheck(settings(ports.valid, { certExpiryDays: 14 }), { now: inTwentyFiveDays });
    expect(result.message).toMatch(/^certificate expires in 5 days/);
  });

  it("is down for an expired certificate", async () => {
    expect(await runHttpCheck(settings(ports.expired))).toMatchObject({ outcome: "down", failureClass: "certificate_expired", message: "certificate expired" });
  });

  it("is down for a certificate it does not trust", async () => {
    const untrusted = { outcome: "down", failureClass: "tls", message: "certificate not trusted (self-signed or unknown issuer)" };
    expect(await runHttpCheck(settings(ports.selfSigned, { ca: undefined }))).toMatchObject(untrusted);
    expect(await runHttpCheck(settings(ports.selfSigned))).toMatchObject(untrusted);
    expect(await runHttpCheck(settings(ports.valid, { ca: undefined }))).toMatchObject(untrusted);
  });

  it("is down for a certificate made out to another host", async () => {
    expect(await runHttpCheck(settings(ports.otherHost))).toMatchObject({ outcome: "down", failureClass: "tls", message: "certificate does not match 127.0.0.1" });
  });

  it("is down when the server does not speak TLS", async () => {
    const plain = await runHttpCheck(settings(ports.valid, { url: `http://127.0.0.1:${ports.valid}/` }));
    expect(plain.outcome).toBe("down");
  });
});
