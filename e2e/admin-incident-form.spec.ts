import { expect, test } from "@playwright/test";
import { latestYear } from "../lib/time/plausible-date";
import { e2eDb, uniqueName } from "./support/db";
import { createComponent, createGroup, deleteRows } from "./support/factories";
import { signInAs } from "./support/session";

// The dashboard's new-incident and maintenance forms, as a webmaster meets them.

const rangeMessage = () => `must be between 1970 and ${latestYear()}`;

// Regression (issue 9): the form listed components without their groups and the impact select showed raw values.
test("the new-incident form shows components under their groups and impacts in words", async ({ page, context, baseURL }) => {
  const group = await createGroup(uniqueName("Checkout"));
  const component = await createComponent({ name: uniqueName("Payments"), groupId: group.id });
  const { remove } = await signInAs(context, baseURL ?? "", "editor");
  try {
    await page.goto("/admin/incidents/new");
    await expect(page).toHaveTitle(/^New incident · .+ dashboard$/);
    await expect(page.getByRole("group", { name: group.name }).getByLabel(component.name)).toBeVisible();
    await expect(page.getByLabel("Impact").locator("option")).toHaveText([
      "From the components' statuses",
      "No impact",
      "Minor impact",
      "Major impact",
      "Critical impact",
    ]);
    await expect(page.getByRole("radio", { name: "Investigating", exact: true })).toBeChecked();
  } finally {
    await remove();
    await deleteRows({ components: [component.id], groups: [group.id] });
  }
});

// Regression (issue 9): "Started at" in year 0999 was stored and froze the snapshot rebuild.
test("a start before 1970 is refused next to the field, keeping what was typed", async ({ page, context, baseURL }) => {
  const { remove } = await signInAs(context, baseURL ?? "", "editor");
  const name = uniqueName("Ancient outage");
  try {
    await page.goto("/admin/incidents/new");
    await page.getByLabel("Title").fill(name);
    await page.getByLabel(/^Started at/).fill("0999-11-28T10:00");
    await page.getByLabel("Notify subscribers").uncheck();
    await page.getByRole("button", { name: "Post incident" }).click();
    await expect(page.getByLabel(/^Started at/)).toHaveAccessibleDescription(rangeMessage(), { timeout: 30_000 });
    await expect(page.getByLabel(/^Started at/)).toHaveValue("0999-11-28T10:00");
    await expect(page.getByLabel("Title")).toHaveValue(name);
    expect(await e2eDb().incident.count({ where: { name } })).toBe(0);
  } finally {
    await remove();
  }
});

// Regression (issue 9): maintenance could be scheduled for year 0001.
test("maintenance in year 0001 is refused next to both times", async ({ page, context, baseURL }) => {
  const { remove } = await signInAs(context, baseURL ?? "", "editor");
  const name = uniqueName("Old upgrade");
  try {
    await page.goto("/admin/maintenance");
    await page.getByLabel("Title").fill(name);
    await page.getByLabel("Starts at").fill("0001-01-01T10:00");
    await page.getByLabel("Ends at").fill("0001-01-01T12:00");
    await page.getByLabel("Notify subscribers").uncheck();
    await page.getByRole("button", { name: "Schedule maintenance" }).click();
    await expect(page.getByLabel("Starts at")).toHaveAccessibleDescription(new RegExp(rangeMessage()), { timeout: 30_000 });
    await expect(page.getByLabel("Ends at")).toHaveAccessibleDescription(new RegExp(rangeMessage()));
    await expect(page.getByLabel("Starts at")).toHaveValue("0001-01-01T10:00");
    expect(await e2eDb().incident.count({ where: { name } })).toBe(0);
  } finally {
    await remove();
  }
});
