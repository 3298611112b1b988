import { expect, test } from "@playwright/test";
import { e2eDb, uniqueName } from "./support/db";
import { gotoWhen, SNAPSHOT_TEST_TIMEOUT } from "./support/eventually";
import { createComponent, createIncident, deleteRows } from "./support/factories";

// Waits for the snapshot to show edits, each with a generous timeout (support/eventually.ts).
test.describe.configure({ timeout: SNAPSHOT_TEST_TIMEOUT });

// The scheduler inside `npm start` moves a maintenance window in and out of progress, and its
// components under maintenance and back, with no one touching the dashboard.

test("a maintenance window starts and completes on time by itself", async ({ page }) => {
  const componentName = uniqueName("Search");
  const component = await createComponent({ name: componentName });
  const maintenance = await createIncident({
    kind: "maintenance",
    name: uniqueName("Index rebuild"),
    status: "scheduled",
    componentIds: [component.id],
    startedMinutesAgo: 0,
    window: { startsInMinutes: -0.05, minutes: 60 },
    updates: [{ status: "scheduled", body: "Search results may be incomplete.", minutesAgo: 1 }],
  });
  try {
    const inProgress = page.getByRole("region", { name: "Maintenance in progress" }).getByRole("article");
    const row = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: componentName }) });
    await gotoWhen(page, "/", () => expect(inProgress.filter({ hasText: maintenance.name })).toContainText("In progress"));
    await expect(row.getByText("Under maintenance", { exact: true })).toBeVisible();

    await e2eDb().incident.update({ where: { id: maintenance.id }, data: { scheduledUntil: new Date(Date.now() - 1_000) } });
    await gotoWhen(page, `/incidents/${maintenance.id}`, () => expect(page.getByRole("article")).toContainText("Completed"));
    await page.goto("/");
    await expect(row.getByText("Operational", { exact: true })).toBeVisible();
  } finally {
    await deleteRows({ incidents: [maintenance.id], components: [component.id] });
  }
});
