import { expect, type Page } from "@playwright/test";

// Public pages are served from the snapshot, which follows the database within about a
// second. Tests that just wrote rows reload until the page shows them.

export async function gotoWhen(page: Page, path: string, ready: (page: Page) => Promise<void>, timeout = 10_000): Promise<void> {
  await expect(async () => {
    await page.goto(path);
    await ready(page);
  }).toPass({ timeout, intervals: [100, 200, 250] });
}
