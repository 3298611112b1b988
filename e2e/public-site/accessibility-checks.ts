import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { uniqueName } from "../support/db";
import { gotoWhen } from "../support/eventually";
import { createComponent, createIncident, deleteRows } from "../support/factories";
import type { PublicSite } from "./site";

// axe finds no violations on the public pages, in light and dark mode.

export function accessibilityChecks(site: PublicSite): void {
  test.describe("accessibility", () => {
    const created: { incidents: string[]; components: string[] } = { incidents: [], components: [] };
    let incidentId = "";
    let name = "";

    test.beforeAll(async () => {
      name = uniqueName("Degraded search");
      const component = await createComponent({ status: "degraded_performance" }, site.db());
      const incident = await createIncident({
        name,
        status: "monitoring",
        impact: "minor",
        componentIds: [component.id],
        startedMinutesAgo: 40,
        updates: [{ status: "monitoring", body: "Search is slow; a fix is being monitored. [Details](https://example.com/details)", minutesAgo: 10 }],
      }, site.db());
      incidentId = incident.id;
      created.components.push(component.id);
      created.incidents.push(incident.id);
    });

    test.afterAll(() => deleteRows(created, site.db()));

    for (const colorScheme of ["light", "dark"] as const) {
      test.describe(`${colorScheme} mode`, () => {
        test.use({ colorScheme });

        for (const path of ["/", "/incident", "/history"]) {
          test(`${path} has no accessibility violations`, async ({ page }) => {
            const target = path === "/incident" ? `/incidents/${incidentId}` : path;
            await gotoWhen(page, site.url(target), () => expect(page.getByText(name).first()).toBeVisible());
            const results = await new AxeBuilder({ page }).analyze();
            expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
          });
        }
      });
    }
  });
}
