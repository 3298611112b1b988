import http from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEntry } from "./snapshot-entry";
import { FIXED_PUBLIC_PATHS, snapshotKey } from "./public-paths";
import { chooseEncoding, serveSnapshot } from "./serve-snapshot";

const html = await createEntry("/", "text/html; charset=utf-8", Buffer.from("<!doctype html><h1>Status</h1>"), {
  "Content-Security-Policy": "default-src 'self'",
});
const json = await createEntry("/api/v2/status.json", "application/json; charset=utf-8", Buffer.from('{"status":{}}'));
const entries = new Map([html, json].map((entry) => [entry.key, entry]));

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (!serveSnapshot(req, res, (key) => entries.get(key))) {
      res.writeHead(404).end("fell through");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("serveSnapshot", () => {
  it("serves brotli, gzip or plain bytes as the client accepts", async () => {
    const br = await get("/", { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(html.body.toString());
    const gzip = await get("/", { "accept-encoding": "gzip" });
    expect(gunzipSync(gzip.body).toString()).toBe(html.body.toString());
    const plain = await get("/", { "accept-encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(html.body.toString());
    expect(plain.headers["content-length"]).toBe(String(html.body.length));
  });

  it("answers 304 to a matching ETag", async () => {
    const first = await get("/");
    const again = await get("/", { "if-none-match": String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect((await get("/", { "if-none-match": '"other"' })).status).toBe(200);
  });

  it("sends a 304 the 200's headers for its encoding, without Content-Length", async () => {
    const first = await get("/", { "accept-encoding": "gzip" });
    const again = await get("/", { "accept-encoding": "gzip", "if-none-match": String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.headers["content-encoding"]).toBe("gzip");
    expect(again.headers["content-length"]).toBeUndefined();
    expect(again.headers["cache-control"]).toBe(first.headers["cache-control"]);
    expect(again.headers["content-security-policy"]).toBe("default-src 'self'");
  });

  it("lets CDNs cache briefly and serve stale on error, and sets security headers", async () => {
    const response = await get("/?utm_source=mail");
    expect(response.status).toBe(200);
    expect(response.headers["cache-control"]).toMatch(/s-maxage=\d+/);
    expect(response.headers["cache-control"]).toMatch(/stale-while-revalidate=\d+/);
    expect(response.headers["cache-control"]).toMatch(/stale-if-error=\d+/);
    expect(response.headers.vary).toBe("Accept-Encoding");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["content-security-policy"]).toBe("default-src 'self'");
    expect(response.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("allows any origin to read the JSON", async () => {
    const response = await get("/api/v2/status.json");
    expect(response.headers["access-control-allow-origin"]).toBe("*");
    expect(response.headers["content-type"]).toBe("application/json; charset=utf-8");
  });

  it("answers HEAD without a body and leaves other requests to the app", async () => {
    const head = await get("/", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect((await get("/", {}, "POST")).body.toString()).toBe("fell through");
    expect((await get("/admin")).body.toString()).toBe("fell through");
    expect((await get("/incidents/unknown")).body.toString()).toBe("fell through");
  });
});

describe("chooseEncoding", () => {
  it("honours q=0 refusals", () => {
    expect(chooseEncoding("br;q=0, gzip")).toBe("gzip");
    expect(chooseEncoding("gzip;q=0")).toBe("identity");
    expect(chooseEncoding(undefined)).toBe("identity");
    expect(chooseEncoding("*")).toBe("gzip");
  });

  it("answers a value seen before, or after many others, as the first time", () => {
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    for (let i = 0; i < 500; i += 1) expect(chooseEncoding(`x-${i}, gzip;q=0`)).toBe("identity");
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("br;q=0, gzip")).toBe("gzip");
  });
});

describe("fixed public paths", () => {
  // serveSnapshot looks an exact fixed path up as it is, without parsing it: only right if it is its own key.
  it("are each their own snapshot key", () => {
    for (const path of FIXED_PUBLIC_PATHS) expect(snapshotKey(path)).toBe(path);
  });
});
