import { expect, test } from "@playwright/test";
import { uniqueName } from "../support/db";
import { PUBLIC_WITHIN_MS } from "../support/eventually";
import { createComponent, deleteRows } from "../support/factories";
import type { PublicSite } from "./site";

// The Statuspage-compatible JSON and the feeds: following every change, readable from any
// origin, each with its type and in UTF-8.

export const STATUSPAGE_FILES = ["summary", "status", "components", "incidents", "incidents/unresolved", "scheduled-maintenances", "scheduled-maintenances/upcoming", "scheduled-maintenances/active"];

export function jsonChecks(site: PublicSite): void {
  test.describe("the JSON and the feeds", () => {
    test("a change becomes public, on the page and in the JSON", async ({ request }) => {
      const name = uniqueName("Fresh component");
      const component = await createComponent({ name, status: "partial_outage" }, site.db());
      try {
        const shows = (path: string) => async () => (await (await request.get(site.url(path))).text()).includes(name);
        await expect.poll(shows("/api/v2/summary.json"), { timeout: PUBLIC_WITHIN_MS, intervals: [100, 250, 500] }).toBe(true);
        await expect.poll(shows("/api/v2/components.json"), { timeout: PUBLIC_WITHIN_MS, intervals: [100, 250, 500] }).toBe(true);
        await expect.poll(shows("/"), { timeout: PUBLIC_WITHIN_MS, intervals: [100, 250, 500] }).toBe(true);
      } finally {
        await deleteRows({ components: [component.id] }, site.db());
      }
    });

    test("the Statuspage JSON can be read from any origin", async ({ request }) => {
      for (const name of STATUSPAGE_FILES) {
        const response = await request.get(site.url(`/api/v2/${name}.json`));
        expect(response.status(), name).toBe(200);
        expect(response.headers()["access-control-allow-origin"], name).toBe("*");
        expect(response.headers()["content-type"], name).toBe("application/json; charset=utf-8");
        expect((await response.json()).page, name).toMatchObject({ id: expect.any(String), name: expect.any(String) });
      }
      const status = await (await request.get(site.url("/api/v2/status.json"))).json();
      expect(status.status.indicator).toMatch(/^(none|minor|major|critical|maintenance)$/);
    });

    test("the feeds are served as Atom and RSS", async ({ request }) => {
      const atom = await request.get(site.url("/history.atom"));
      expect(atom.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
      expect(await atom.text()).toContain("<feed");
      const rss = await request.get(site.url("/history.rss"));
      expect(rss.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
      expect(await rss.text()).toContain("<rss");
    });
  });
}
