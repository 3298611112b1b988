import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CheckSettings } from "./check-settings";
import { runHttpCheck } from "./run-http-check";
import { closedPort, listen } from "./test-server";

// Against a real local server: each path answers one way. Budgets are generous so the suite
// passes on a busy machine; the "never answers" cases use short ones and check the words.

const TEST_TIMEOUT = 20_000;
const MB = 1024 * 1024;
const CHUNK = Buffer.alloc(64 * 1024, "a");

let seen: IncomingMessage | null = null;

function streamForever(res: ServerResponse) {
  const pump = () => {
    while (!res.destroyed && res.write(CHUNK));
  };
  res.on("drain", pump);
  pump();
}

const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  "/ok": (_req, res) => res.end("fine"),
  "/echo": (req, res) => {
    seen = req;
    req.resume();
    res.end();
  },
  "/502": (_req, res) => res.writeHead(502).end(),
  "/504": (_req, res) => res.writeHead(504).end(),
  "/redirect": (_req, res) => res.writeHead(301, { Location: "/ok" }).end(),
  "/keyword": (_req, res) => res.end("<h1>All systems operational</h1>"),
  "/json": (_req, res) => res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ data: { items: [{ state: "green" }] } })),
  "/not-json": (_req, res) => res.end("<html>nope</html>"),
  "/huge": (_req, res) => {
    for (let sent = 0; sent < 3 * MB; sent += CHUNK.length) res.write(sent === 0 ? Buffer.from("BEGIN") : CHUNK);
    res.end("NEEDLE");
  },
  "/endless": (_req, res) => streamForever(res),
  "/slow": (_req, res) => setTimeout(() => res.end("late"), 300),
  "/hang": () => {},
  "/stall": (_req, res) => {
    res.writeHead(200);
    res.write("partial");
  },
  "/destroy": (req) => req.socket.destroy(),
};

const server = http.createServer((req, res) => (routes[req.url ?? ""] ?? routes["/ok"]!)(req, res));
let base = "";
let refusedPort = 0;
let close: () => Promise<void> = async () => {};

beforeAll(async () => {
  const listening = await listen(server);
  base = `http://127.0.0.1:${listening.port}`;
  close = listening.close;
  refusedPort = await closedPort(http.createServer());
});

afterAll(() => close());

function settings(path: string, more: Partial<CheckSettings> = {}): CheckSettings {
  return { url: `${base}${path}`, method: "GET", headers: {}, timeoutMs: 10_000, upStatuses: "200-399", keyword: null, json: null, degradedAfterMs: null, certExpiryDays: null, ...more };
}

describe("runHttpCheck over http", { timeout: TEST_TIMEOUT }, () => {
  it("is up for a 200, with the timings of each phase", async () => {
    const result = await runHttpCheck(settings("/ok"));
    expect(result).toMatchObject({ outcome: "up", statusCode: 200, failureClass: null, certificateExpiresAt: null });
    expect(result.message).toMatch(/^200 OK in \d+(?: ms|(?:\.\d)? s)$/);
    const { dnsMs, connectMs, tlsMs, firstByteMs, totalMs } = result.timings;
    expect(dnsMs).toBeNull();
    expect(tlsMs).toBeNull();
    expect(connectMs).toBeTypeOf("number");
    expect(firstByteMs).toBeTypeOf("number");
    expect(connectMs!).toBeLessThanOrEqual(totalMs);
    expect(firstByteMs!).toBeLessThanOrEqual(totalMs);
  });

  it("times DNS for a host name", async () => {
    const result = await runHttpCheck(settings("/ok", { url: `${base.replace("127.0.0.1", "localhost")}/ok` }));
    expect(result.outcome).toBe("up");
    expect(result.timings.dnsMs).toBeTypeOf("number");
  });

  it("sends its User-Agent unless the monitor sets one, and POSTs an empty body", async () => {
    await runHttpCheck(settings("/echo", { headers: { "X-Token": "secret" } }));
    expect(seen?.headers["user-agent"]).toBe("Beacon-Monitor/1 (+status check)");
    expect(seen?.headers["x-token"]).toBe("secret");
    await runHttpCheck(settings("/echo", { method: "POST", headers: { "user-agent": "Mine/2" } }));
    expect(seen?.method).toBe("POST");
    expect(seen?.headers["user-agent"]).toBe("Mine/2");
    expect(seen?.headers["content-length"]).toBe("0");
  });

  it("checks with HEAD", async () => {
    expect((await runHttpCheck(settings("/ok", { method: "HEAD" }))).outcome).toBe("up");
  });

  it("explains gateway errors", async () => {
    const badGateway = await runHttpCheck(settings("/502"));
    expect(badGateway).toMatchObject({ outcome: "down", statusCode: 502, failureClass: "http_status" });
    expect(badGateway.message).toMatch(/^502 Bad Gateway from the proxy/);
    expect((await runHttpCheck(settings("/504"))).message).toMatch(/^504 Gateway Timeout/);
  });

  it("does not follow redirects", async () => {
    expect(await runHttpCheck(settings("/redirect"))).toMatchObject({ outcome: "up", statusCode: 301 });
    expect(await runHttpCheck(settings("/redirect", { upStatuses: "200" }))).toMatchObject({ outcome: "down", message: "301 Moved Permanently" });
  });

  it("times out on a server that never answers, naming the phase", async () => {
    const result = await runHttpCheck(settings("/hang", { timeoutMs: 500 }));
    expect(result).toMatchObject({ outcome: "down", statusCode: null, failureClass: "timeout", message: "timed out after 500 ms (connected, no answer)" });
    expect(result.timings.totalMs).toBeGreaterThanOrEqual(450);
  });

  it("times out on an answer that stops half-way", async () => {
    const result = await runHttpCheck(settings("/stall", { timeoutMs: 1000 }));
    expect(result).toMatchObject({ outcome: "down", statusCode: 200, failureClass: "timeout", message: "timed out after 1 s (reading the answer)" });
  });

  it("is degraded when a good answer is slow", async () => {
    const result = await runHttpCheck(settings("/slow", { degradedAfterMs: 50 }));
    expect(result).toMatchObject({ outcome: "degraded", failureClass: "slow" });
    expect(result.message).toMatch(/^200 OK but slow: .+ \(over 50 ms\)$/);
  });

  it("checks a keyword", async () => {
    expect((await runHttpCheck(settings("/keyword", { keyword: { text: "operational", mode: "present" } }))).outcome).toBe("up");
    expect(await runHttpCheck(settings("/keyword", { keyword: { text: "outage", mode: "present" } }))).toMatchObject({ outcome: "down", failureClass: "keyword", message: "keyword “outage” missing" });
    expect(await runHttpCheck(settings("/keyword", { keyword: { text: "operational", mode: "absent" } }))).toMatchObject({ outcome: "down", message: "keyword “operational” found" });
  });

  it("checks a JSON value", async () => {
    expect((await runHttpCheck(settings("/json", { json: { path: "$.data.items[0].state", expected: "green" } }))).outcome).toBe("up");
    expect(await runHttpCheck(settings("/json", { json: { path: "data.items[0].state", expected: "red" } }))).toMatchObject({ outcome: "down", failureClass: "json", message: "data.items[0].state is “green”, expected “red”" });
    expect((await runHttpCheck(settings("/json", { json: { path: "data.count", expected: "1" } }))).message).toBe("no value at data.count");
    expect((await runHttpCheck(settings("/not-json", { json: { path: "status", expected: "ok" } }))).message).toBe("the answer is not JSON");
  });

  it("reads only the first 1 MB of a huge answer", async () => {
    const late = await runHttpCheck(settings("/huge", { keyword: { text: "NEEDLE", mode: "present" } }));
    expect(late).toMatchObject({ outcome: "down", failureClass: "keyword", message: "keyword “NEEDLE” missing (only the first 1 MB was read)" });
    expect((await runHttpCheck(settings("/huge", { keyword: { text: "BEGIN", mode: "present" } }))).outcome).toBe("up");
  });

  it("stops reading an endless answer it does not need", async () => {
    expect(await runHttpCheck(settings("/endless"))).toMatchObject({ outcome: "up", statusCode: 200 });
  });

  it("is down when the server drops the connection", async () => {
    expect(await runHttpCheck(settings("/destroy"))).toMatchObject({ outcome: "down", failureClass: "connection_reset", message: "connection reset by the server" });
  });

  it("is down when nothing listens", async () => {
    const result = await runHttpCheck(settings("/", { url: `http://127.0.0.1:${refusedPort}/` }));
    expect(result).toMatchObject({ outcome: "down", statusCode: null, failureClass: "connection_refused", message: "connection refused" });
  });

  it("is down when the host name does not resolve", async () => {
    const result = await runHttpCheck(settings("/", { url: "http://nonexistent.invalid/", timeoutMs: 15_000 }));
    expect(result).toMatchObject({ outcome: "down", failureClass: "dns", message: "DNS lookup failed for nonexistent.invalid" });
  });

  it("never throws for bad settings, and never shows a header's value", async () => {
    expect(await runHttpCheck(settings("/", { url: "not a url" }))).toMatchObject({ outcome: "down", failureClass: "network" });
    expect(await runHttpCheck(settings("/", { url: "ftp://127.0.0.1/" }))).toMatchObject({ outcome: "down" });
    expect(await runHttpCheck(settings("/ok", { upStatuses: "2xx" }))).toMatchObject({ outcome: "down", failureClass: "http_status" });
    expect(await runHttpCheck(settings("/ok", { json: { path: "a..b", expected: "" } }))).toMatchObject({ outcome: "down", failureClass: "json" });
    const badHeader = await runHttpCheck(settings("/ok", { headers: { Authorization: "Bearer s3cret\r\nX: y" } }));
    expect(badHeader.outcome).toBe("down");
    expect(badHeader.message).not.toContain("s3cret");
  });
});
