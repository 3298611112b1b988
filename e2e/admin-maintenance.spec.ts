import { expect, test } from "@playwright/test";
import { DEFAULT_PAGE_ID } from "../lib/pages/default-page";
import { zonedParts } from "../lib/time/time-zone";
import { e2eDb, uniqueName } from "./support/db";
import { gotoWhen, SNAPSHOT_TEST_TIMEOUT } from "./support/eventually";
import { createComponent, deleteRows } from "./support/factories";
import { signInAs } from "./support/session";

// Waits for the snapshot to show edits, each with a generous timeout (support/eventually.ts).
test.describe.configure({ timeout: SNAPSHOT_TEST_TIMEOUT });

// A webmaster schedules maintenance at /admin/maintenance; the scheduler inside the server
// starts it on time with no one touching the dashboard again.

const HOUR = 3_600_000;

/** The `datetime-local` value of `date` on the page's wall clock, to the minute (rounded down). */
function wallClock(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

async function pageTimeZone(): Promise<string> {
  const page = await e2eDb().page.findUniqueOrThrow({ where: { id: DEFAULT_PAGE_ID }, select: { timeZone: true } });
  return page.timeZone;
}

test("maintenance scheduled from the dashboard goes in progress by itself", async ({ page, context, baseURL }) => {
  const componentName = uniqueName("Search");
  const component = await createComponent({ name: componentName });
  const { remove } = await signInAs(context, baseURL ?? "", "editor");
  const name = uniqueName("Database upgrade");
  let incidentId = "";
  try {
    const timeZone = await pageTimeZone();
    const now = new Date();
    await page.goto("/admin/maintenance");
    await expect(page.getByText(`Times are in the status page's time zone: ${timeZone}`)).toBeVisible();
    await page.getByLabel("Title").fill(name);
    await page.getByLabel("Message (markdown)").fill("The database restarts; expect a minute of errors.");
    // Rounded down to the minute, the start lies within the past minute.
    await page.getByLabel("Starts at").fill(wallClock(now, timeZone));
    await page.getByLabel("Ends at").fill(wallClock(new Date(now.getTime() + HOUR), timeZone));
    await page.getByLabel(componentName).check();
    await expect(page.getByLabel(/^Start automatically/)).toBeChecked();
    await expect(page.getByLabel(/^Complete automatically/)).toBeChecked();
    await page.getByLabel("Notify subscribers").uncheck();
    await page.getByRole("button", { name: "Schedule maintenance" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    incidentId = new URL(page.url()).pathname.split("/").pop() ?? "";

    const inProgress = page.getByRole("region", { name: "Maintenance in progress" }).getByRole("article");
    const row = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: componentName }) });
    await gotoWhen(page, "/", () => expect(inProgress.filter({ hasText: name })).toContainText("In progress", { timeout: 500 }));
    await expect(row.getByText("Under maintenance", { exact: true })).toBeVisible();

    await page.goto("/admin/maintenance");
    const link = page.getByRole("region", { name: "In progress", exact: true }).getByRole("link", { name });
    await expect(link).toHaveAttribute("href", `/admin/incidents/${incidentId}`);
  } finally {
    await deleteRows({ incidents: incidentId ? [incidentId] : [], components: [component.id] });
    await remove();
  }
});

test("an end before the start is refused next to the field, keeping what was typed", async ({ page, context, baseURL }) => {
  const { remove } = await signInAs(context, baseURL ?? "", "editor");
  const name = uniqueName("Network switch swap");
  try {
    const timeZone = await pageTimeZone();
    const start = wallClock(new Date(Date.now() + 2 * HOUR), timeZone);
    await page.goto("/admin/maintenance");
    await page.getByLabel("Title").fill(name);
    await page.getByLabel("Message (markdown)").fill("Expect short network drops.");
    await page.getByLabel("Starts at").fill(start);
    await page.getByLabel("Ends at").fill(wallClock(new Date(Date.now() + HOUR), timeZone));
    await page.getByLabel("Notify subscribers").uncheck();
    await page.getByRole("button", { name: "Schedule maintenance" }).click();
    await expect(page.getByLabel("Ends at")).toHaveAccessibleDescription(/must be after/);
    await expect(page.getByLabel("Title")).toHaveValue(name);
    await expect(page.getByLabel("Message (markdown)")).toHaveValue("Expect short network drops.");
    await expect(page.getByLabel("Starts at")).toHaveValue(start);
    await expect(page.getByLabel("Notify subscribers")).not.toBeChecked();
  } finally {
    await remove();
  }
});
