import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { type NginxProxy, startNginxProxy } from "../lib/testing/nginx-proxy";
import { gotoWhen } from "./support/eventually";
import { e2eSmtpPort } from "./support/mail-settings";
import { waitForMail } from "./support/mailbox";
import { type OwnBeacon, startOwnBeacon, upstreamSite } from "./support/own-beacon";
import { signInAs } from "./support/session";

// The day a site fails: a real nginx proxies to a small upstream; the test stops the upstream,
// nginx answers 502, and Beacon notices by itself: within a few 2-second checks the public page
// shows the 502 incident, the component in major outage and the failed checks on its chart,
// and a subscriber's email arrives. The upstream comes back and the incident resolves itself.
// A Beacon of its own, whose floor for the interval is 1 s (BEACON_MIN_CHECK_INTERVAL_SECONDS).

const base = Number(process.env.BEACON_E2E_PORT ?? 3100);
const ports = { beacon: base + 31, nginx: base + 32, upstream: base + 33 };
const upstream = upstreamSite(ports.upstream, "<h1>Shop is open</h1>");
let own: OwnBeacon | undefined;
let proxy: NginxProxy | undefined;

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  await upstream.start();
  proxy = await startNginxProxy({ port: ports.nginx, upstreamPort: ports.upstream });
  own = await startOwnBeacon({
    port: ports.beacon,
    name: "monitors",
    env: () => ({ BEACON_MIN_CHECK_INTERVAL_SECONDS: "1", SMTP_URL: `smtp://127.0.0.1:${e2eSmtpPort()}`, BEACON_MAIL_RETRY_SECONDS: "1" }),
  });
});

test.afterAll(async () => {
  await upstream.stop();
  await proxy?.stop();
  await own?.stop();
});

const shopRow = (page: Page) => page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Shop", exact: true }) });

test("a 502 from the proxy opens the incident, tells the subscriber, and resolves itself when the upstream is back", async ({ page, context }, testInfo) => {
  await own!.api("POST", "/api/v1/components", { name: "Shop" });
  const subscriber = `shopper-${randomBytes(4).toString("hex")}@example.com`;
  await own!.api("POST", "/api/v1/subscribers", { email: subscriber, skip_confirmation_notification: true });

  // The webmaster adds the monitor in the dashboard.
  await signInAs(context, own!.server.url, "admin", own!.db);
  await page.goto(`${own!.server.url}/admin`);
  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Monitors", exact: true }).click();
  const form = page.getByRole("region", { name: "Add a monitor" });
  await form.getByLabel("Name", { exact: true }).fill("Shop front page");
  await form.getByLabel("Component").selectOption({ label: "Shop" });
  await form.getByLabel("URL").fill(`${proxy!.url}/`);
  await form.getByLabel("Every (seconds)").fill("2");
  await form.getByLabel("Timeout (milliseconds)").fill("1000");
  await form.getByRole("button", { name: "Add monitor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Shop front page/ })).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 }).getByText("Up")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByText(/200 OK in \d+ ms/).first()).toBeVisible();

  // The upstream goes away: nginx answers 502 Bad Gateway.
  await upstream.stop();
  const failedAt = Date.now();
  await gotoWhen(page, `${own!.server.url}/`, async (current) => {
    const incidents = current.getByRole("region", { name: "Current incidents" });
    await expect(incidents.getByText("Errors (502 Bad Gateway) on our site")).toBeVisible({ timeout: 500 });
    await expect(shopRow(current).getByText("Major outage")).toBeVisible({ timeout: 500 });
    await expect(shopRow(current).getByText(/[1-9]\d* of \d+ checks failed\./).first()).toBeVisible({ timeout: 500 });
  }, 60_000);
  testInfo.annotations.push({ type: "502 on the public page after", description: `${Date.now() - failedAt} ms` });
  await expect(page.getByText(/Detected automatically: Beacon's monitor “Shop front page” failed \(3 checks in a row\) since .*: 502 Bad Gateway from the proxy/).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("public-page-502.png"), fullPage: true });
  const mail = await waitForMail(subscriber, /Errors \(502 Bad Gateway\) on our site/, 60_000);
  expect(mail.text).toContain("502 Bad Gateway from the proxy");

  // The dashboard says why.
  await page.goto(`${own!.server.url}/admin/monitors`);
  await expect(page.getByRole("heading", { level: 3, name: /Shop front page/ }).getByText("Down")).toBeVisible();
  await expect(page.getByText("502 Bad Gateway from the proxy").first()).toBeVisible();

  // Back again: after two good checks the monitor resolves its incident.
  await upstream.start();
  await gotoWhen(page, `${own!.server.url}/`, async (current) => {
    await expect(current.getByRole("region", { name: "Current incidents" })).toHaveCount(0, { timeout: 500 });
    await expect(shopRow(current).getByText("Operational")).toBeVisible({ timeout: 500 });
  }, 60_000);
  const incident = await own!.db.incident.findFirstOrThrow({ where: { name: "Errors (502 Bad Gateway) on our site" }, include: { updates: { orderBy: { createdAt: "desc" }, take: 1 } } });
  expect(incident.status).toBe("resolved");
  expect(incident.updates[0]!.body).toContain("sees normal answers again");
  const log = await own!.db.componentStatusLog.findMany({ where: { source: "monitor" }, orderBy: { createdAt: "asc" }, select: { newStatus: true } });
  expect(log.map((entry) => entry.newStatus)).toEqual(["major_outage", "operational"]);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the monitor and alert pages and the chart have no accessibility violations (${colorScheme})`, async ({ browser }, testInfo) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await signInAs(context, own!.server.url, "owner", own!.db);
    const monitor = await own!.db.monitor.findFirstOrThrow({ select: { id: true } });
    for (const target of ["/admin/monitors", `/admin/monitors/${monitor.id}`, "/admin/alerts", "/"]) {
      await page.goto(`${own!.server.url}${target}`);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${target} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
      const name = target === "/" ? "public" : target.split("/").length > 3 ? "monitor" : target.slice("/admin/".length);
      await page.screenshot({ path: testInfo.outputPath(`${name}-${colorScheme}.png`), fullPage: true });
    }
    await context.close();
  });
}
