import { expect, type Page, test } from "@playwright/test";
import { uniqueName } from "./support/db";
import { gotoWhen, SNAPSHOT_TEST_TIMEOUT } from "./support/eventually";
import { createComponent, deleteRows } from "./support/factories";
import { signInAs } from "./support/session";

// Waits for the snapshot to show edits, each with a generous timeout (support/eventually.ts).
test.describe.configure({ timeout: SNAPSHOT_TEST_TIMEOUT });

// A webmaster runs a "502 Bad Gateway" incident from the dashboard and checks the public page
// after each step: opened from the template, identified, monitoring, resolved.

async function expectPublic(page: Page, name: string, componentName: string, status: string, componentStatus: string) {
  const card = page.getByRole("article").filter({ has: page.getByRole("heading", { name }) });
  const component = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: componentName }) });
  await gotoWhen(page, "/", async () => {
    await expect(card.getByText(status, { exact: true }).first()).toBeVisible({ timeout: 500 });
    await expect(component.getByText(componentStatus, { exact: true })).toBeVisible({ timeout: 500 });
  });
}

test("open a 502 incident from the template, update it to resolved, and see each step public", async ({ page, context, baseURL, browser }) => {
  const componentName = uniqueName("Checkout");
  const component = await createComponent({ name: componentName });
  const { remove } = await signInAs(context, baseURL ?? "", "editor");
  const visitor = await browser.newPage();
  const name = uniqueName("Checkout answers 502 Bad Gateway");
  let incidentUrl = "";
  try {
    await page.goto("/admin");
    await page.getByRole("link", { name: "New incident" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New incident" })).toBeVisible();
    await page.getByRole("navigation", { name: "Templates" }).getByRole("link", { name: "502 Bad Gateway", exact: true }).click();
    await expect(page.getByLabel("First message (markdown)")).toContainText("502 Bad Gateway");
    await page.getByLabel("Title").fill(name);
    await page.getByLabel(new RegExp(`^${componentName}`)).selectOption("major_outage");
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByLabel("Preview").locator("strong", { hasText: "502 Bad Gateway" })).toBeVisible();
    await page.getByRole("button", { name: "Post incident" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    incidentUrl = page.url();
    await expectPublic(visitor, name, componentName, "Investigating", "Major outage");

    const steps = [
      { status: "identified", body: "A bad deploy overloaded the upstream servers; rolling back.", label: "Identified", component: "Major outage" },
      { status: "monitoring", body: "Rolled back; errors have stopped. Watching.", label: "Monitoring", component: "Major outage" },
      { status: "resolved", body: "Resolved: checkout works normally again.", label: "Resolved", component: "Operational" },
    ];
    for (const step of steps) {
      await page.getByRole("radio", { name: step.status }).check();
      await page.getByLabel("Message (markdown)").fill(step.body);
      await page.getByRole("button", { name: "Post update" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Update posted" })).toBeVisible();
      if (step.status === "resolved") {
        await gotoWhen(visitor, new URL(incidentUrl).pathname.replace("/admin", ""), () => expect(visitor.getByRole("article")).toContainText(step.body));
        const row = visitor.getByRole("listitem").filter({ has: visitor.getByRole("heading", { name: componentName }) });
        await visitor.goto("/");
        await expect(row.getByText("Operational", { exact: true })).toBeVisible();
        await expect(visitor.getByRole("region", { name: "Current incidents" }).getByText(name)).toHaveCount(0);
      } else {
        await expectPublic(visitor, name, componentName, step.label, step.component);
        await expect(visitor.getByText(step.body)).toBeVisible();
      }
    }
  } finally {
    await visitor.close();
    const id = incidentUrl.split("/").pop();
    await deleteRows({ incidents: id ? [id] : [], components: [component.id] });
    await remove();
  }
});
