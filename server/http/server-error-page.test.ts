import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replaceServerErrorPages, SERVER_ERROR_HTML } from "./server-error-page";

// A real server whose handler answers like Next: status set first, then a streamed body.
let server: http.Server;
let base = "";

beforeAll(async () => {
  server = http.createServer((req, res) => {
    replaceServerErrorPages(req, res);
    res.statusCode = req.url?.endsWith("/fails") ? 500 : 200;
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.write("<html><body>");
    res.end(req.url?.endsWith("/fails") ? '<div hidden=""></div></body></html>' : "fine</body></html>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const asBrowser = { accept: "text/html,application/xhtml+xml" };

describe("replaceServerErrorPages", () => {
  it("gives a browser's failed page load a page that works without JavaScript", async () => {
    const response = await fetch(`${base}/fails`, { headers: asBrowser });
    expect(response.status).toBe(500);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toBe(SERVER_ERROR_HTML);
  });

  it("leaves successful pages, and Next's own client-side data requests, as they were", async () => {
    expect(await (await fetch(`${base}/works`, { headers: asBrowser })).text()).toBe("<html><body>fine</body></html>");
    const data = await fetch(`${base}/fails`, { headers: { ...asBrowser, rsc: "1" } });
    expect(data.status).toBe(500);
    expect(await data.text()).toContain('<div hidden="">');
    const json = await fetch(`${base}/fails`, { headers: { accept: "application/json" } });
    expect(await json.text()).toContain('<div hidden="">');
    const api = await fetch(`${base}/api/fails`, { headers: asBrowser });
    expect(await api.text()).toContain('<div hidden="">');
  });

  // Regression: `/incidents/%FF` led to this page with the database up, and it blamed a database outage.
  it("does not guess that the database is the cause", () => {
    expect(SERVER_ERROR_HTML).not.toMatch(/database/i);
  });
});
