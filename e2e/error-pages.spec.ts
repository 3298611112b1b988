import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { caddyErrorPagesSite, nginxErrorPages } from "../lib/status-page/error-pages/proxy-snippets";
import { startCaddy } from "../lib/testing/caddy";
import { type NginxProxy, proxyServer, startNginx } from "../lib/testing/nginx-proxy";
import { type OwnBeacon, startOwnBeacon, upstreamSite } from "./support/own-beacon";
import { signInAs } from "./support/session";

// The visitor who meets the 502 meets the status. A Beacon keeps a static mirror
// (BEACON_MIRROR_DIR) with the proxy's error pages; a real nginx proxies a site to an upstream
// the test stops, with the README's error_page lines, and serves the mirror on a sub-path. The
// visitor's 502 shows the current incident, follows a new update, works without JavaScript, and
// returns to the page once the site answers again; the mirror works from a sub-path (served at
// the root, it passes the live site's checks: mirror-site.spec.ts).

const base = Number(process.env.BEACON_E2E_PORT ?? 3100);
const ports = { beacon: base + 34, site: base + 35, upstream: base + 36, mirror: base + 37, caddy: base + 38, busy: base + 39 };
const upstream = upstreamSite(ports.upstream, "<h1>Shop is open</h1>");
let own: OwnBeacon | undefined;
let nginx: NginxProxy | undefined;
let mirrorDir = "";

test.describe.configure({ mode: "serial", timeout: 180_000 });

const mirrorHas = (file: string, text: string) => expect.poll(() => fs.existsSync(path.join(mirrorDir, file)) && fs.readFileSync(path.join(mirrorDir, file), "utf8").includes(text), { timeout: 30_000 }).toBe(true);

test.beforeAll(async () => {
  const withMirror = (dataDir: string) => {
    mirrorDir = path.join(dataDir, "mirror");
    return { BEACON_MIRROR_DIR: mirrorDir };
  };
  own = await startOwnBeacon({ port: ports.beacon, name: "error-pages", env: withMirror });
  await upstream.start();
  const mirrorServer = `server {
    listen 127.0.0.1:${ports.mirror};
    location /status/ { alias ${mirrorDir}/; }
  }`;
  nginx = await startNginx({ port: ports.site, servers: `${proxyServer(ports.site, ports.upstream, nginxErrorPages(mirrorDir))}\n${mirrorServer}` });
});

test.afterAll(async () => {
  await upstream.stop();
  await nginx?.stop();
  await own?.stop();
});

test("a visitor's 502 shows the current incident, follows its updates, and goes back to the site when it answers", async ({ page, context, browser }, testInfo) => {
  const site = `http://127.0.0.1:${ports.site}`;
  expect(await (await fetch(`${site}/cart`)).text()).toContain("Shop is open");
  const component = await own!.api("POST", "/api/v1/components", { name: "Checkout" });
  const incident = await own!.api("POST", "/api/v1/incidents", {
    name: "Checkout answers 502",
    status: "investigating",
    impact: "critical",
    body: "Our **proxies** get no answer from the checkout servers.",
    components: { [component.id]: "major_outage" },
  });
  await mirrorHas("502.html", "Checkout answers 502");

  await upstream.stop();
  await page.clock.install();
  const answer = await page.goto(`${site}/cart`);
  expect(answer?.status()).toBe(502);
  await expect(page.getByRole("heading", { level: 1, name: "502 Bad Gateway" })).toBeVisible();
  const status = page.getByRole("region", { name: /Current status/ });
  await expect(status.getByRole("link", { name: "Checkout answers 502" })).toBeVisible();
  await expect(status.getByText("Our proxies get no answer from the checkout servers.")).toBeVisible();
  await expect(status.getByText("Major System Outage")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("502-light.png"), fullPage: true });

  // An update posted in the dashboard reaches the 502 page with the mirror's next refresh.
  const editor = await browser.newContext();
  await signInAs(editor, own!.server.url, "editor", own!.db);
  const dashboard = await editor.newPage();
  await dashboard.goto(`${own!.server.url}/admin/incidents/${incident.id}`);
  await dashboard.getByRole("radio", { name: "identified" }).check();
  await dashboard.getByLabel("Message (markdown)").fill("A bad deploy; rolling back now.");
  await dashboard.getByRole("button", { name: "Post update" }).click();
  await expect(dashboard.getByRole("status").filter({ hasText: "Update posted" })).toBeVisible();
  const postedAt = Date.now();
  await mirrorHas("502.html", "A bad deploy; rolling back now.");
  testInfo.annotations.push({ type: "update in the mirror's 502.html after", description: `${Date.now() - postedAt} ms` });
  await expect(async () => {
    await page.reload();
    await expect(status.getByText("A bad deploy; rolling back now.")).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await editor.close();

  // Without JavaScript the page is complete.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(`${site}/cart`);
  await expect(plain.getByRole("heading", { level: 1, name: "502 Bad Gateway" })).toBeVisible();
  await expect(plain.getByText("A bad deploy; rolling back now.")).toBeVisible();
  await expect(plain.getByRole("heading", { name: "What you can do" })).toBeVisible();
  await plain.screenshot({ path: testInfo.outputPath("502-no-js.png"), fullPage: true });
  await noScript.close();
  // Accessible in dark too (axe needs JavaScript and real timers: a context of its own).
  const dark = await browser.newContext({ colorScheme: "dark" });
  const darkPage = await dark.newPage();
  await darkPage.goto(`${site}/cart`);
  expect((await new AxeBuilder({ page: darkPage }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await darkPage.screenshot({ path: testInfo.outputPath("502-dark.png"), fullPage: true });
  await dark.close();

  // The site answers again: the page's next look (every 30 s) takes the visitor back.
  await upstream.start();
  await page.clock.fastForward(31_000);
  await expect(page.getByRole("heading", { level: 1, name: "Shop is open" })).toBeVisible({ timeout: 15_000 });
  void context;
});

test("the static mirror serves the public site from a sub-path, with its JSON, feeds, badge and styles", async ({ page }) => {
  const mirror = `http://127.0.0.1:${ports.mirror}/status/`;
  await mirrorHas("index.html", "Checkout");
  const summary = await fetch(`${mirror}api/v2/summary.json`);
  expect(summary.headers.get("content-type")).toContain("application/json");
  expect((await summary.json()).incidents.map((incident: { name: string }) => incident.name)).toContain("Checkout answers 502");
  expect((await fetch(`${mirror}history.atom`)).status).toBe(200);
  expect((await fetch(`${mirror}badge.svg`)).headers.get("content-type")).toContain("image/svg+xml");

  await page.goto(mirror);
  await expect(page.getByRole("region", { name: "Current incidents" }).getByText("Checkout answers 502")).toBeVisible();
  // Styled: the stylesheet came along and loads from the sub-path.
  const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute("href");
  expect(stylesheet).toMatch(/^\.\/_next\/static\//);
  expect((await fetch(new URL(stylesheet!, mirror))).status).toBe(200);
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

  await page.getByRole("link", { name: "Checkout answers 502" }).first().click();
  await expect(page).toHaveURL(/\/status\/incidents\/[^/]+\/$/);
  await expect(page.getByRole("article")).toContainText("A bad deploy; rolling back now.");
  await page.getByRole("link", { name: /All past incidents|History/ }).first().click();
  await expect(page).toHaveURL(/\/status\/history\/$/);
});

test("Caddy, with the README's site block, serves the same pages for its own 502 and for the site's 503", async ({ page }) => {
  const caddy = await startCaddy({ port: ports.caddy, sites: caddyErrorPagesSite({ address: `http://127.0.0.1:${ports.caddy}`, upstream: `127.0.0.1:${ports.busy}`, mirrorDir }) });
  const busy = http.createServer((_request, response) => response.writeHead(503, { "content-type": "text/plain" }).end("upstream busy"));
  try {
    // Nothing listens upstream: Caddy's own 502.
    const down = await page.goto(`${caddy.url}/cart`);
    expect(down?.status()).toBe(502);
    await expect(page.getByRole("heading", { level: 1, name: "502 Bad Gateway" })).toBeVisible();
    await expect(page.getByRole("region", { name: /Current status/ }).getByRole("link", { name: "Checkout answers 502" })).toBeVisible();
    // The site answers 503 itself: replaced, with its status kept.
    await new Promise<void>((resolve) => busy.listen(ports.busy, "127.0.0.1", resolve));
    const overloaded = await page.goto(`${caddy.url}/cart`);
    expect(overloaded?.status()).toBe(503);
    await expect(page.getByRole("heading", { level: 1, name: "503 Service Unavailable" })).toBeVisible();
  } finally {
    await new Promise((resolve) => busy.close(resolve));
    await caddy.stop();
  }
});
