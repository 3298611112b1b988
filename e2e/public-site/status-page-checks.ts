import { expect, test } from "@playwright/test";
import { uniqueName } from "../support/db";
import { gotoWhen } from "../support/eventually";
import { createComponent, createGroup, createIncident, deleteRows } from "../support/factories";
import type { PublicSite } from "./site";

// The page a visitor opens when a site fails: what is wrong, since when, what is being done,
// what they can do meanwhile — with and without JavaScript.

export function statusPageChecks(site: PublicSite): void {
  test.describe("the status page", () => {
    const created: { incidents: string[]; components: string[]; groups: string[] } = { incidents: [], components: [], groups: [] };
    // Named afresh in each beforeAll: with fullyParallel, Playwright may run the hook once per
    // test, and a page still showing the previous run's rows must not match this run's names.
    let names = { group: "", payments: "", cart: "", incident: "" };

    test.beforeAll(async () => {
      names = { group: uniqueName("Checkout"), payments: uniqueName("Payments"), cart: uniqueName("Cart"), incident: uniqueName("502 Bad Gateway") };
      const group = await createGroup(names.group, site.db());
      const payments = await createComponent({ name: names.payments, status: "major_outage", groupId: group.id }, site.db());
      const cart = await createComponent({ name: names.cart, groupId: group.id }, site.db());
      const incident = await createIncident({
        name: names.incident,
        status: "identified",
        impact: "critical",
        componentIds: [payments.id],
        startedMinutesAgo: 95,
        updates: [
          { status: "investigating", body: "Payments fail with **502 Bad Gateway**.", minutesAgo: 95 },
          { status: "identified", body: "The payment backend is overloaded; we are adding capacity.", minutesAgo: 30 },
        ],
      }, site.db());
      created.groups.push(group.id);
      created.components.push(payments.id, cart.id);
      created.incidents.push(incident.id);
    });

    test.afterAll(() => deleteRows(created, site.db()));

    for (const javaScriptEnabled of [true, false]) {
      test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
        test.use({ javaScriptEnabled, timezoneId: "America/New_York" });

        test("says what is broken, since when and what is being done", async ({ page }) => {
          const incident = page.getByRole("article").filter({ has: page.getByRole("heading", { name: names.incident }) });
          await gotoWhen(page, site.url("/"), () => expect(incident).toBeVisible());

          await expect(page.getByRole("heading", { level: 2, name: /Outage|Degraded/ }).first()).toBeVisible();
          await expect(incident).toContainText("Identified");
          await expect(incident).toContainText("Critical impact");
          await expect(incident).toContainText(/ongoing for 1 h 3\d min/);
          await expect(incident).toContainText(`Affects: ${names.payments}`);
          const updates = incident.getByRole("listitem");
          await expect(updates.first()).toContainText("The payment backend is overloaded");
          await expect(updates.nth(1)).toContainText("Payments fail with 502 Bad Gateway");
          await expect(updates.nth(1).locator("strong", { hasText: "502 Bad Gateway" })).toBeVisible();

          await expect(page.getByRole("heading", { name: /means for you/ })).toBeVisible();
          await expect(page.getByText(/clearing your browser cache/i)).toBeVisible();
        });

        test("shows each component's status in words, in its group, with 90 days of uptime", async ({ page }) => {
          const group = page.getByRole("list", { name: names.group });
          // The snapshot may show the new components a moment before the incident made just after
          // them (seen: an uptime bar without its incident): wait for both.
          await gotoWhen(page, site.url("/"), async () => {
            await expect(group).toBeVisible();
            await expect(page.getByRole("heading", { name: names.incident })).toBeVisible();
          });
          const payments = group.getByRole("listitem").filter({ has: page.getByRole("heading", { name: names.payments }) });
          await expect(payments.getByText("Major outage", { exact: true })).toBeVisible();
          const cart = group.getByRole("listitem").filter({ has: page.getByRole("heading", { name: names.cart }) });
          await expect(cart.getByText("Operational", { exact: true })).toBeVisible();

          const days = page.getByRole("list", { name: `${names.payments}: uptime per day, last 90 days` }).getByRole("listitem");
          await expect(days).toHaveCount(90);
          await expect(days.last()).toContainText(/uptime\. Incidents: .*502 Bad Gateway/);
          await expect(days.first()).toContainText("no data");
          await expect(page.getByText("How uptime is calculated")).toBeVisible();
        });

        test("groups fold without JavaScript", async ({ page }) => {
          const group = page.getByRole("list", { name: names.group });
          // The snapshot may show the new components a moment before the incident made just after
          // them (seen: an uptime bar without its incident): wait for both.
          await gotoWhen(page, site.url("/"), async () => {
            await expect(group).toBeVisible();
            await expect(page.getByRole("heading", { name: names.incident })).toBeVisible();
          });
          await page.locator("summary").filter({ hasText: names.group }).click();
          await expect(group).toBeHidden();
        });
      });
    }

    test("names the time zone, and switches to the visitor's with JavaScript", async ({ browser }) => {
      for (const javaScriptEnabled of [false, true]) {
        const context = await browser.newContext({ javaScriptEnabled, timezoneId: "Asia/Tokyo" });
        const page = await context.newPage();
        await page.goto(site.url("/"));
        const note = page.locator("#tz-note");
        if (javaScriptEnabled) await expect(note).toHaveText("Times are shown in your time zone (Asia/Tokyo).");
        else await expect(note).toHaveText(/^Times are shown in the page's time zone \(.+\)\.$/);
        const times = page.locator("time[datetime]");
        expect(await times.count()).toBeGreaterThan(0);
        for (const time of await times.all()) {
          expect(await time.getAttribute("datetime")).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        }
        if (javaScriptEnabled) await expect(page.locator("time[data-local]").first()).toContainText("GMT+9");
        await context.close();
      }
    });

    test("uptime days are reachable with the keyboard", async ({ page }) => {
      await page.goto(site.url("/"));
      const bar = page.getByRole("list", { name: /uptime per day/ }).first();
      const today = bar.getByRole("listitem").last();
      await today.focus();
      await expect(today).toBeFocused();
      await page.keyboard.press("ArrowLeft");
      await expect(bar.getByRole("listitem").nth(88)).toBeFocused();
      await page.keyboard.press("Home");
      await expect(bar.getByRole("listitem").first()).toBeFocused();
    });
  });
}
