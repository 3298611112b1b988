import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type Route, test } from "@playwright/test";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { SNAPSHOT_CACHE_CONTROL } from "../server/snapshot/serve-snapshot";
import { uniqueName } from "./support/db";
import { gotoWhen, PUBLIC_WITHIN_MS, SNAPSHOT_TEST_TIMEOUT } from "./support/eventually";
import { createComponent, createIncident, deleteRows } from "./support/factories";

// Waits for the snapshot to show edits, each with a generous timeout (support/eventually.ts).
test.describe.configure({ timeout: SNAPSHOT_TEST_TIMEOUT });

// /embed.js on a webmaster's own site: another origin (a port of its own) whose page holds
// nothing of Beacon's but the script tag. Its stylesheet hides every aside, p and button, as a
// careless site's might: the notice, in its shadow root, must not care.

// The suite's Beacon, as playwright.config.ts starts it.
const beaconUrl = `http://127.0.0.1:${Number(process.env.BEACON_E2E_PORT ?? 3100)}`;
let site: http.Server;
let siteUrl = "";

function hostPage(query: URLSearchParams): string {
  const position = query.get("position");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Widget shop</title>
<style>body{margin:2rem;font:18px Georgia,serif} aside,p,button{display:none!important} a{color:#8a1c1c}</style></head>
<body><main><h1>Widget shop</h1><a href="#top">Shop link</a></main>
<script src="${beaconUrl}/embed.js" async${position ? ` data-position="${position}"` : ""}></script></body></html>`;
}

test.beforeAll(async () => {
  site = http.createServer((request, response) => {
    const query = new URL(request.url ?? "/", "http://site").searchParams;
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(hostPage(query));
  });
  // Port 0: this file's tests run in parallel workers, each with a site of its own.
  await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => site.close(() => resolve())));

const notice = (page: Page) => page.getByRole("complementary", { name: "Service status" });

type Summary = { page: { url: string }; components: { id: string }[]; incidents: { id: string }[]; scheduled_maintenances: unknown[]; status: unknown };

function fabricated(parts: Partial<Summary>): Summary {
  return {
    page: { url: beaconUrl },
    components: [],
    incidents: [],
    scheduled_maintenances: [],
    status: { indicator: "none", description: "All Systems Operational" },
    ...parts,
  };
}

const fulfilJson = (route: Route, body: unknown) =>
  route.fulfill({ status: 200, contentType: "application/json", headers: { "access-control-allow-origin": "*" }, body: JSON.stringify(body) });

/** Counts the widget's reads of summary.json; each is made only after the one before was shown. */
function countReads(page: Page): () => number {
  let reads = 0;
  page.on("request", (request) => {
    if (request.url() === `${beaconUrl}/api/v2/summary.json`) reads += 1;
  });
  return () => reads;
}

/** Moves the page's clock on until the widget has read summary.json `count` more times. */
async function readsAgain(page: Page, reads: () => number, count: number): Promise<void> {
  const target = reads() + count;
  await expect(async () => {
    await page.clock.fastForward("01:00");
    expect(reads()).toBeGreaterThanOrEqual(target);
  }).toPass({ timeout: 20_000 });
}

test("/embed.js is served from the snapshot, to any site, under 5 KB gzipped", async ({ request }) => {
  const get = () => request.get("/embed.js", { headers: { "accept-encoding": "gzip" } });
  await expect.poll(async () => (await get()).headers()["cache-control"] ?? "", { timeout: PUBLIC_WITHIN_MS }).toBe(SNAPSHOT_CACHE_CONTROL);
  const response = await get();
  expect(response.headers()).toMatchObject({
    "content-type": "text/javascript; charset=utf-8",
    "access-control-allow-origin": "*",
    "content-encoding": "gzip",
  });
  expect(response.headers()["set-cookie"]).toBeUndefined();
  expect(Number(response.headers()["content-length"])).toBeLessThan(5 * 1024);
});

test("no effect when all is well; a notice in words when not, gone again on recovery", async ({ page, context }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.clock.install();
  const reads = countReads(page);
  // The shared page may carry other tests' incidents, so "all is well" is a summary this test
  // serves itself, through the widget's real fetch from the other origin.
  let body: Summary | "fail" = fabricated({ components: [{ id: "c", name: "Checkout", status: "operational", group: false } as never] });
  await page.route(`${beaconUrl}/api/v2/summary.json`, (route) => (body === "fail" ? route.abort("connectionrefused") : fulfilJson(route, body)));

  await page.goto(`${siteUrl}/?position=bottom-left`);
  await expect.poll(reads).toBe(1);
  // The second read comes after the first answer was handled: nothing was added for it.
  await readsAgain(page, reads, 1);
  await expect(notice(page)).toHaveCount(0);
  await expect(page.getByRole("status")).toHaveCount(0);
  expect(await page.evaluate(() => document.body.childElementCount)).toBe(2);

  // A failed fetch shows nothing and throws nothing into the page.
  body = "fail";
  await readsAgain(page, reads, 2);
  await expect(notice(page)).toHaveCount(0);

  body = fabricated({
    components: [{ id: "d", name: "Database", status: "under_maintenance", group: false } as never],
    scheduled_maintenances: [{ id: "m", name: "Database upgrade", status: "in_progress" }],
    status: { indicator: "maintenance", description: "Service Under Maintenance" },
  });
  await readsAgain(page, reads, 1);
  await expect(notice(page)).toBeVisible();
  await expect(notice(page).getByRole("status").getByRole("paragraph")).toHaveText([
    "Service Under Maintenance",
    "Under maintenance: Database.",
    "Maintenance in progress: Database upgrade.",
  ]);
  const box = await notice(page).boundingBox();
  expect(box?.x).toBeLessThan(100);

  body = fabricated({});
  await readsAgain(page, reads, 1);
  await expect(notice(page)).toHaveCount(0);
  expect(errors).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test("a real incident: shown as text, reached by keyboard, dismissed for the session, shown again for a new one", async ({ page, context }, testInfo) => {
  const created: { incidents: string[]; components: string[] } = { incidents: [], components: [] };
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  try {
    const component = await createComponent({ name: uniqueName("Checkout"), status: "major_outage" });
    created.components.push(component.id);
    const first = await createIncident({
      name: uniqueName("Payments fail <img src=x onerror=alert(1)>"),
      status: "investigating",
      componentIds: [component.id],
      startedMinutesAgo: 5,
      updates: [{ status: "investigating", body: "Card payments fail.", minutesAgo: 5 }],
    });
    created.incidents.push(first.id);

    await page.clock.install();
    const reads = countReads(page);
    // The real summary from the suite's Beacon, narrowed to this test's rows: other tests'
    // incidents come and go on the shared page, and would change what the notice says.
    await page.route(`${beaconUrl}/api/v2/summary.json`, async (route) => {
      const real = (await (await route.fetch()).json()) as Summary;
      const mine = (item: { id: string }) => created.components.includes(item.id) || created.incidents.includes(item.id);
      await fulfilJson(route, { ...real, components: real.components.filter(mine), incidents: real.incidents.filter(mine), scheduled_maintenances: [] });
    });

    await gotoWhen(page, siteUrl, () => expect(notice(page)).toContainText(first.name));
    const status = notice(page).getByRole("status");
    await expect(status).toContainText("Major System Outage");
    await expect(status).toContainText(`Major outage: ${component.name}.`);
    await expect(status).toContainText(`${first.name} \u2014 Investigating`);
    await expect(notice(page).getByRole("img")).toHaveCount(0);
    const link = notice(page).getByRole("link", { name: "See status page" });
    await expect(link).toHaveAttribute("href", `${beaconUrl}/`);
    const close = notice(page).getByRole("button", { name: "Close status notice" });

    // Focus stays where it was; Tab reaches the link, then the close button; Enter closes.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    const shopLink = page.getByRole("link", { name: "Shop link" });
    await page.keyboard.press("Tab");
    await expect(shopLink).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(link).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(close).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(notice(page)).toHaveCount(0);
    await expect(shopLink).toBeFocused();

    // Closed for the rest of the session, though the incident is still open.
    await page.reload();
    await expect.poll(reads).toBeGreaterThan(0);
    await readsAgain(page, reads, 1);
    await expect(notice(page)).toHaveCount(0);

    const second = await createIncident({
      name: uniqueName("Search slow"),
      status: "identified",
      componentIds: [component.id],
      startedMinutesAgo: 1,
      updates: [{ status: "identified", body: "Search index rebuilding.", minutesAgo: 1 }],
    });
    created.incidents.push(second.id);
    await gotoWhen(page, siteUrl, () => expect(notice(page)).toContainText(`${second.name} \u2014 Identified`));

    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`embed-widget-${colorScheme}.png`), animations: "disabled" });
    }

    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(link).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(notice(page)).toHaveCount(0);

    expect(dialogs).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    // The only thing kept is which notice was dismissed, for this tab's session.
    const storage = await page.evaluate(() => ({ session: Object.keys(sessionStorage), local: localStorage.length }));
    expect(storage).toEqual({ session: [`beacon-embed-dismissed:${beaconUrl}`], local: 0 });
  } finally {
    await deleteRows(created);
  }
});
