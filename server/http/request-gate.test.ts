import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { API_BODY_LIMIT, FORM_BODY_LIMIT, UNSUBSCRIBE_BODY_LIMIT } from "../../web/http/body-limits";
import { gateRequest } from "./request-gate";

// A real server with the gate in front of a stand-in for Next, which records what reached it.
let server: http.Server;
let port = 0;
let reached: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (gateRequest(req, res)) return;
    reached.push(`${req.method} ${req.url}`);
    req.resume();
    req.on("end", () => res.end("app"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  reached = [];
});

type RawAnswer = { status: number; headers: Record<string, string>; body: string };

/** Sends `head` as is (fetch cannot send `*` targets or malformed paths) and reads the answer. */
function raw(head: string, { body = "" }: { body?: string } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(`${head}\r\nHost: localhost\r\n\r\n${body}`));
    let text = "";
    socket.on("data", (chunk) => {
      text += chunk.toString("latin1");
      const end = text.indexOf("\r\n\r\n");
      if (end === -1) return;
      const [statusLine = "", ...lines] = text.slice(0, end).split("\r\n");
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]));
      const length = Number(headers["content-length"] ?? 0);
      if (text.length - end - 4 < length) return;
      socket.destroy();
      resolve({ status: Number(statusLine.split(" ")[1]), headers, body: text.slice(end + 4, end + 4 + length) });
    });
    socket.on("error", reject);
  });
}

describe("gateRequest", () => {
  // Regression: `GET *` and `OPTIONS *` answered 500.
  it("answers 400 to `*` request targets", async () => {
    for (const method of ["GET", "OPTIONS"]) {
      expect((await raw(`${method} * HTTP/1.1`)).status, method).toBe(400);
    }
    expect(reached).toEqual([]);
  });

  // Regression: malformed percent-encoding answered 500 with a page blaming the database.
  it("answers 400 to malformed percent-encoding, in JSON on the API", async () => {
    for (const path of ["/incidents/%FF", "/admin/incidents/%FF", "/incidents/%E0%A4%A", "/x/%"]) {
      expect((await raw(`GET ${path} HTTP/1.1`)).status, path).toBe(400);
    }
    const api = await raw("GET /api/v1/components/%FF HTTP/1.1");
    expect(api.status).toBe(400);
    expect(JSON.parse(api.body)).toEqual({ error: { code: "bad_request", message: expect.stringContaining("percent-encoding") } });
    expect(reached).toEqual([]);
  });

  // Regression: POST, DELETE and PROPFIND on / answered 200 with a live render (371 KB, database queries).
  it("answers 405 with Allow to methods a public path does not take", async () => {
    const paths = ["/", "/history", "/history?page=2", "/incidents/cmabc123", "/history.atom", "/history.rss", "/api/v2/summary.json"];
    for (const path of paths) {
      for (const method of ["POST", "DELETE", "PROPFIND", "PUT", "PATCH"]) {
        const answer = await raw(`${method} ${path} HTTP/1.1\r\nContent-Length: 2`, { body: "{}" });
        expect(answer.status, `${method} ${path}`).toBe(405);
        expect(answer.headers.allow, path).toBe(path.startsWith("/api/") ? "GET, HEAD, OPTIONS" : "GET, HEAD");
      }
    }
    expect(reached).toEqual([]);
  });

  it("answers a CORS preflight on the public JSON, and lets GET and HEAD through", async () => {
    const preflight = await raw("OPTIONS /api/v2/status.json HTTP/1.1\r\nOrigin: https://example.com\r\nAccess-Control-Request-Method: GET");
    expect(preflight.status).toBe(204);
    expect(preflight.headers["access-control-allow-origin"]).toBe("*");
    expect(preflight.headers["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");
    expect((await raw("OPTIONS / HTTP/1.1")).status).toBe(405);
    expect((await raw("GET /?utm_source=x HTTP/1.1")).status).toBe(200);
    expect((await raw("HEAD /history HTTP/1.1")).status).toBe(200);
    expect(reached).toEqual(["GET /?utm_source=x", "HEAD /history"]);
  });

  // Regression: the one-click unsubscribe read a 100 MB body into memory before answering 400.
  it("answers 413 to a declared body over the route's cap before any of it is sent", async () => {
    const cases: [string, number][] = [
      ["/subscribe/unsubscribe?token=a.b", UNSUBSCRIBE_BODY_LIMIT],
      ["/admin/login", FORM_BODY_LIMIT],
      ["/api/v1/components", API_BODY_LIMIT],
    ];
    for (const [path, limit] of cases) {
      // Only the headers go out: the answer must not wait for the 200 MB they announce.
      const answer = await raw(`POST ${path} HTTP/1.1\r\nContent-Length: ${200 * 1024 * 1024}`);
      expect(answer.status, path).toBe(413);
      expect(answer.body, path).toContain(`${limit / 1024} KB`);
      expect((await raw(`POST ${path} HTTP/1.1\r\nContent-Length: ${limit + 1}`)).status, path).toBe(413);
    }
    const api = await raw(`POST /api/v1/incidents HTTP/1.1\r\nContent-Length: ${API_BODY_LIMIT + 1}`);
    expect(JSON.parse(api.body).error.code).toBe("payload_too_large");
    expect(reached).toEqual([]);
  });

  it("lets bodies within the cap through to the app", async () => {
    const body = "List-Unsubscribe=One-Click";
    const answer = await raw(`POST /subscribe/unsubscribe?token=a.b HTTP/1.1\r\nContent-Length: ${body.length}`, { body });
    expect(answer.status).toBe(200);
    expect(answer.body).toBe("app");
    expect(reached).toEqual(["POST /subscribe/unsubscribe?token=a.b"]);
  });

  it("answers 411 to a chunked body on forms and server actions, and lets the API and unsubscribe read theirs", async () => {
    const chunked = "Transfer-Encoding: chunked";
    const answer = await raw(`POST /admin/login HTTP/1.1\r\nNext-Action: abc\r\n${chunked}`, { body: "5\r\nhello\r\n0\r\n\r\n" });
    expect(answer.status).toBe(411);
    for (const path of ["/subscribe/unsubscribe?token=a.b", "/api/v1/components"]) {
      expect((await raw(`POST ${path} HTTP/1.1\r\n${chunked}`, { body: "2\r\n{}\r\n0\r\n\r\n" })).status, path).toBe(200);
    }
    expect(reached).toEqual(["POST /subscribe/unsubscribe?token=a.b", "POST /api/v1/components"]);
  });

  it("after refusing a body, lets the client read the answer, then closes instead of reading the rest", { timeout: 30_000 }, async () => {
    const outcome = await new Promise<{ head: string; sent: number }>((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      let head = "";
      let sent = 0;
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      socket.write(`POST /subscribe/unsubscribe HTTP/1.1\r\nHost: x\r\nContent-Length: ${200 * 1024 * 1024}\r\n\r\n`);
      const pump = () => {
        while (!socket.destroyed && sent < 200 * 1024 * 1024) {
          sent += chunk.length;
          if (!socket.write(chunk)) return void socket.once("drain", pump);
        }
      };
      pump();
      socket.on("data", (data) => (head += data.toString("latin1")));
      socket.on("error", () => {});
      socket.on("close", () => resolve({ head, sent }));
    });
    expect(outcome.head).toMatch(/^HTTP\/1\.1 413 /);
    expect(outcome.sent).toBeLessThan(50 * 1024 * 1024);
  });
});

describe("gateRequest on a request without a body", () => {
  // Guards against a "finish" listener per request where no body can be left unread (CPU per request).
  function answerTo(headers: http.IncomingHttpHeaders) {
    const req = Object.assign(new http.IncomingMessage(new net.Socket()), { method: "GET", url: "/", headers });
    const res = new http.ServerResponse(req);
    return { passed: !gateRequest(req, res), finishListeners: res.listenerCount("finish") };
  }

  it("lets it through without watching its answer; one with a body is watched", () => {
    expect(answerTo({})).toEqual({ passed: true, finishListeners: 0 });
    expect(answerTo({ "content-length": "0" })).toEqual({ passed: true, finishListeners: 0 });
    expect(answerTo({ "content-length": "10" }).finishListeners).toBe(1);
    expect(answerTo({ "transfer-encoding": "chunked" }).finishListeners).toBe(1);
  });
});
