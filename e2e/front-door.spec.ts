import { expect, test } from "@playwright/test";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { type BeaconServer, startBeacon } from "./support/beacon-server";
import { type BigBody, peakResidentMb, residentMb, sendBigBody } from "./support/big-body";
import { signInAs } from "./support/session";

// What comes in at the front door of the built server: requests no page should see are
// answered there (400, 405, 411, 413), before any body is read or anything rendered.

const publicPaths = ["/", "/history", "/history.atom", "/history.rss", "/api/v2/summary.json", "/api/v2/incidents.json", "/incidents/cmnotthere0000"];

// Regression: POST, DELETE and PROPFIND on / answered 200 with a live render (371 KB, database queries).
test("methods a public path does not take get 405 with Allow, never a render", async ({ request }) => {
  for (const target of publicPaths) {
    for (const method of ["POST", "DELETE", "PROPFIND"]) {
      const response = await request.fetch(target, { method, data: "x=1", headers: { accept: "text/html" } });
      expect(response.status(), `${method} ${target}`).toBe(405);
      expect(response.headers().allow, target).toBe(target.startsWith("/api/") ? "GET, HEAD, OPTIONS" : "GET, HEAD");
      expect((await response.body()).length, target).toBeLessThan(200);
    }
  }
  const preflight = await request.fetch("/api/v2/summary.json", { method: "OPTIONS", headers: { origin: "https://example.com", "access-control-request-method": "GET" } });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
});

// Regression: malformed percent-encoding answered 500, with a page that blamed a database outage.
test("malformed percent-encoding is a 400 that does not blame the database", async ({ request }) => {
  for (const target of ["/incidents/%FF", "/admin/incidents/%FF", "/api/v1/components/%FF"]) {
    const response = await request.get(target, { headers: { accept: "text/html" } });
    expect(response.status(), target).toBe(400);
    expect(await response.text(), target).not.toMatch(/database/i);
  }
});

// Regression: `GET *` and `OPTIONS *` answered 500.
test("`*` request targets are a 400", async ({ baseURL }) => {
  const { hostname, port } = new URL(baseURL ?? "");
  for (const method of ["GET", "OPTIONS"]) {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), hostname, () => socket.write(`${method} * HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`));
      let text = "";
      socket.on("data", (chunk) => (text += chunk));
      socket.on("end", () => resolve(text));
      socket.on("error", reject);
    });
    expect(answer.split("\r\n")[0], method).toBe("HTTP/1.1 400 Bad Request");
  }
});

// Regression: the session slid 14 days from last use, but the cookie expired 14 days after sign-in.
test("the session cookie's expiry moves forward as the dashboard is used", async ({ page, context, baseURL }) => {
  const { remove } = await signInAs(context, baseURL ?? "");
  try {
    // As if signed in 13 days ago: the cookie has a day left.
    const [cookie] = (await context.cookies()).filter((c) => c.name === "beacon_session");
    const inADay = Math.floor(Date.now() / 1000) + 24 * 60 * 60;
    await context.addCookies([{ ...cookie!, expires: inADay }]);
    await page.goto("/admin");
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    const [renewed] = (await context.cookies()).filter((c) => c.name === "beacon_session");
    expect(renewed?.value).toBe(cookie?.value);
    expect(renewed?.expires ?? 0).toBeGreaterThan(Date.now() / 1000 + 13.9 * 24 * 60 * 60);
  } finally {
    await remove();
  }
});

// Regression (CI, on a busy machine): a prefetch sent with the admin's cookie answered after
// the tab had signed in as an editor, and its renewal put the admin's session back.
test("only full page loads renew the cookie, never the router's background requests", async ({ context, baseURL }) => {
  const { remove } = await signInAs(context, baseURL ?? "");
  try {
    const [cookie] = (await context.cookies()).filter((c) => c.name === "beacon_session");
    const headers = { cookie: `beacon_session=${cookie?.value}` };
    const load = await fetch(`${baseURL}/admin`, { headers, redirect: "manual" });
    expect(load.headers.get("set-cookie")).toContain("beacon_session=");
    const backgroundRequests: Record<string, string>[] = [{ rsc: "1" }, { "next-router-prefetch": "1", rsc: "1" }, { "sec-purpose": "prefetch" }];
    for (const background of backgroundRequests) {
      const answer = await fetch(`${baseURL}/admin`, { headers: { ...headers, ...background }, redirect: "manual" });
      await answer.arrayBuffer();
      expect(answer.headers.get("set-cookie"), JSON.stringify(background)).toBeNull();
    }
  } finally {
    await remove();
  }
});

test.describe("huge bodies", () => {
  test.describe.configure({ timeout: 180_000 });
  let server: BeaconServer;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-front-door-"));
    const port = Number(process.env.BEACON_E2E_PORT ?? 3100) + 50;
    server = await startBeacon({ port, databaseUrl: `file:${path.join(dataDir, "beacon.db")}`, dataDir });
  });
  test.afterAll(async () => server?.stop());

  const MB = 1024 * 1024;
  const unsubscribe = "/subscribe/unsubscribe?token=a.b";

  // Regression: one 100 MB POST to the one-click unsubscribe took the server from 300 to 665 MB
  // resident; four 200 MB bodies at once reached 2.6 GB and / took 21 s.
  test("four 200 MB bodies at once are refused with 413 and resident memory grows less than 50 MB", async () => {
    for (let i = 0; i < 3; i++) await fetch(`${server.url}/`).then((r) => r.text());
    const before = residentMb(server.pid);
    const rounds: BigBody[][] = [
      [
        { path: unsubscribe, bytes: 200 * MB, chunked: false },
        { path: unsubscribe, bytes: 200 * MB, chunked: false },
        { path: unsubscribe, bytes: 200 * MB, chunked: true },
        { path: unsubscribe, bytes: 200 * MB, chunked: true },
      ],
      [
        { path: "/api/v1/components", bytes: 200 * MB, chunked: false, headers: { "content-type": "application/json" } },
        { path: "/admin/login", bytes: 200 * MB, chunked: false, headers: { "next-action": "0".repeat(42) } },
        { path: "/admin/login", bytes: 200 * MB, chunked: true, headers: { "content-type": "multipart/form-data; boundary=x" } },
        { path: unsubscribe, bytes: 200 * MB, chunked: true },
      ],
    ];
    for (const round of rounds) {
      const { peak, result } = await peakResidentMb(server.pid, async () => {
        const answers = Promise.all(round.map((body) => sendBigBody(server.url, body)));
        const page = await fetch(`${server.url}/`, { signal: AbortSignal.timeout(60_000) });
        return { answers: await answers, page: page.status };
      });
      expect(result.page).toBe(200);
      for (const [i, answer] of result.answers.entries()) {
        const body = round[i]!;
        expect(answer.status, `${body.path} chunked=${body.chunked}`).toBe(body.chunked && body.path === "/admin/login" ? 411 : 413);
        expect(answer.sent, `${body.path}: the rest was not read`).toBeLessThan(50 * MB);
      }
      expect(peak - before, `resident memory went from ${before.toFixed(0)} to ${peak.toFixed(0)} MB`).toBeLessThan(50);
    }
  });
});
