import { expect, test } from "@playwright/test";
import { uniqueName } from "../support/db";
import { gotoWhen } from "../support/eventually";
import { createComponent, createIncident, deleteRows } from "../support/factories";
import type { PublicSite } from "./site";

// An incident's permalink and the history of past incidents, grouped by month and paged.

export function incidentAndHistoryChecks(site: PublicSite): void {
  test.describe("incidents and history", () => {
    const created: { incidents: string[]; components: string[] } = { incidents: [], components: [] };
    let resolvedId = "";
    let oldId = "";
    // Named afresh in each beforeAll: with fullyParallel, Playwright may run the hook once per
    // test, and a page still showing the previous run's rows must not match this run's names.
    let names = { resolved: "", old: "", component: "" };

    test.beforeAll(async () => {
      names = { resolved: uniqueName("Upstream timeout"), old: uniqueName("Network fault"), component: uniqueName("API") };
      const component = await createComponent({ name: names.component }, site.db());
      const resolved = await createIncident({
        name: names.resolved,
        status: "resolved",
        impact: "minor",
        componentIds: [component.id],
        startedMinutesAgo: 300,
        resolvedMinutesAgo: 210,
        updates: [
          { status: "investigating", body: "Requests to the API time out.", minutesAgo: 300 },
          { status: "monitoring", body: "A fix is deployed; we are watching.", minutesAgo: 240 },
          { status: "resolved", body: "Resolved: timeouts have stopped.", minutesAgo: 210 },
        ],
      }, site.db());
      // Seven months back: on the third history page.
      const old = await createIncident({
        name: names.old,
        status: "resolved",
        startedMinutesAgo: 7 * 30 * 24 * 60,
        resolvedMinutesAgo: 7 * 30 * 24 * 60 - 45,
        updates: [{ status: "resolved", body: "A network fault between data centres.", minutesAgo: 7 * 30 * 24 * 60 - 45 }],
      }, site.db());
      resolvedId = resolved.id;
      oldId = old.id;
      created.incidents.push(resolved.id, old.id);
      created.components.push(component.id);
    });

    test.afterAll(() => deleteRows(created, site.db()));

    for (const javaScriptEnabled of [true, false]) {
      test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
        test.use({ javaScriptEnabled });

        test("an incident's permalink shows every update, start, resolution and duration", async ({ page }) => {
          await gotoWhen(page, site.url(`/incidents/${resolvedId}`), () => expect(page.getByRole("heading", { level: 1, name: names.resolved })).toBeVisible());
          const card = page.getByRole("article");
          await expect(card).toContainText("Resolved");
          await expect(card).toContainText("lasted 1 h 30 min");
          await expect(card).toContainText(`Affects: ${names.component}`);
          const updates = card.getByRole("listitem");
          await expect(updates).toHaveCount(3);
          await expect(updates.first()).toContainText("timeouts have stopped");
          await expect(updates.last()).toContainText("Requests to the API time out.");
          await expect(page.getByText(/^Resolved .*\.$/)).toBeVisible();
        });

        test("history lists past incidents by month, page by page", async ({ page }) => {
          await gotoWhen(page, site.url("/history"), () => expect(page.getByRole("link", { name: names.resolved })).toBeVisible());
          await expect(page.getByRole("heading", { level: 2 })).toHaveCount(3);
          await expect(page.getByRole("link", { name: names.old })).toHaveCount(0);
          await page.getByRole("link", { name: "Older →" }).click();
          await page.getByRole("link", { name: "Older →" }).click();
          await expect(page).toHaveURL(site.at("/history?page=3"));
          // Older history pages are re-rendered after the first one (in the snapshot's queue).
          await gotoWhen(page, site.url("/history?page=3"), () => expect(page.getByRole("link", { name: names.old })).toBeVisible({ timeout: 1_000 }));
          await page.getByRole("link", { name: names.old }).click();
          await expect(page).toHaveURL(site.at(`/incidents/${oldId}`));
        });
      });
    }

    test("an unknown incident answers 404", async ({ request }) => {
      const response = await request.get(site.url("/incidents/does-not-exist"));
      expect(response.status()).toBe(404);
    });
  });
}
