import { expect, type Page } from "@playwright/test";

// Public pages are served from the snapshot, which follows the database within about a
// second on a quiet machine. Tests check that an edit shows, not how fast: on a busy 2-core
// machine running the whole suite a rebuild can take many times longer, so they wait this
// long (the benchmark measures the speed). Specs that wait use SNAPSHOT_TEST_TIMEOUT.
export const PUBLIC_WITHIN_MS = 45_000;
export const SNAPSHOT_TEST_TIMEOUT = 180_000;

export async function gotoWhen(page: Page, path: string, ready: (page: Page) => Promise<void>, timeout = PUBLIC_WITHIN_MS): Promise<void> {
  await expect(async () => {
    await page.goto(path);
    await ready(page);
  }).toPass({ timeout, intervals: [100, 200, 250, 500] });
}
