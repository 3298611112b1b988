import { expect, type Page, test } from "@playwright/test";
import { INCIDENT_TEMPLATES } from "../lib/templates/built-in-templates";
import { DEFAULT_PAGE_ID } from "../lib/pages/default-page";
import { e2eDb, uniqueName } from "./support/db";
import { deleteRows } from "./support/factories";
import { signInAs } from "./support/session";

// An editor adapts Beacon's templates at /admin/templates and adds their own; the New incident
// page starts from what was saved. Other tests use the built-in "502 Bad Gateway" template at
// the same time, so its edited message keeps Beacon's bold "502 Bad Gateway".

const templatesList = (page: Page) => page.getByRole("list", { name: "Templates" });
const templateItem = (page: Page, label: string) =>
  templatesList(page).getByRole("listitem").filter({ has: page.getByRole("heading", { name: label, exact: true }) });
const formStatus = (page: Page, text: string | RegExp) => page.getByRole("status").filter({ hasText: text });

/** Puts the built-in back as Beacon ships it, whatever the test did to it. */
async function restoreBuiltIn(key: string) {
  const original = INCIDENT_TEMPLATES.find((template) => template.key === key);
  if (!original) throw new Error(`No built-in template ${key}`);
  const { key: _key, ...words } = original;
  await e2eDb().incidentTemplate.updateMany({ where: { pageId: DEFAULT_PAGE_ID, key }, data: words });
}

test("an edited built-in template is what a new incident starts from, until it is reset", async ({ page, context, baseURL }) => {
  const { remove } = await signInAs(context, baseURL ?? "", "editor");
  const marker = uniqueName("Our load balancer lost sight of the app servers");
  try {
    await page.goto("/admin/incidents/new");
    await page.getByRole("navigation", { name: "Templates" }).getByRole("link", { name: "Manage templates" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Incident templates" })).toBeVisible();
    await templateItem(page, "502 Bad Gateway").getByRole("link", { name: /^Edit/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Edit “502 Bad Gateway”" })).toBeVisible();
    await page.getByLabel("Message (markdown)").fill(`**502 Bad Gateway**: ${marker}.\n\nWe are on it.`);
    await page.getByLabel("Suggested component status").selectOption("Partial outage");
    await page.getByRole("button", { name: "Save template" }).click();
    await expect(formStatus(page, "Saved")).toHaveText("Saved “502 Bad Gateway”.");
    await expect(page.getByLabel("Message (markdown)")).toHaveValue(`**502 Bad Gateway**: ${marker}.\n\nWe are on it.`);

    await page.getByRole("link", { name: "All templates" }).click();
    const item = templateItem(page, "502 Bad Gateway");
    await expect(item.getByText("Edited", { exact: true })).toBeVisible();
    await item.getByRole("link", { name: /^Start an incident from it/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "New incident" })).toBeVisible();
    await expect(page.getByLabel("First message (markdown)")).toHaveValue(new RegExp(marker));
    await expect(page.getByText("“502 Bad Gateway” suggests setting the affected components to partial outage.")).toBeVisible();
    // The template links of the New incident page lead to the same saved words.
    await page.goto("/admin/incidents/new");
    await page.getByRole("navigation", { name: "Templates" }).getByRole("link", { name: "502 Bad Gateway", exact: true }).click();
    await expect(page.getByLabel("First message (markdown)")).toHaveValue(new RegExp(marker));

    await page.goto("/admin/templates");
    await templateItem(page, "502 Bad Gateway").getByRole("link", { name: /^Edit/ }).click();
    await page.getByRole("button", { name: "Reset to Beacon's words" }).click();
    await expect(formStatus(page, "Back to")).toHaveText("Back to Beacon's words.");
    await expect(page.getByLabel("Message (markdown)")).toHaveValue(INCIDENT_TEMPLATES[0]?.body ?? "");
    await expect(page.getByText("This template reads as Beacon ships it.")).toBeVisible();
  } finally {
    await restoreBuiltIn("bad-gateway");
    await remove();
  }
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("an editor adds a template of their own, posts an incident from it and deletes it", async ({ page, context, baseURL }) => {
      const { remove } = await signInAs(context, baseURL ?? "", "editor");
      const label = uniqueName("Payment provider down");
      const title = uniqueName("Card payments fail");
      let incidentId: string | undefined;
      try {
        await page.goto("/admin/templates");
        await page.getByRole("link", { name: "Add a template" }).click();
        await expect(page.getByRole("heading", { level: 1, name: "Add a template" })).toBeVisible();
        // A label that is taken is refused, and what was typed stays.
        await page.getByLabel(/^Label/).fill("502 bad gateway");
        await page.getByLabel(/^Title/).fill(title);
        await page.getByLabel("Status", { exact: true }).selectOption("Identified");
        await page.getByLabel("Impact").selectOption("Minor impact");
        await page.getByLabel("Suggested component status").selectOption("Degraded performance");
        await page.getByLabel("Message (markdown)").fill("Our **payment provider** has an outage; orders are kept and charged later.");
        await page.getByRole("button", { name: "Add template" }).click();
        await expect(page.getByText("is already used by another template")).toBeVisible();
        await expect(page.getByLabel(/^Title/)).toHaveValue(title);
        await expect(page.getByLabel("Status", { exact: true })).toHaveValue("identified");
        await expect(page.getByLabel("Message (markdown)")).toHaveValue(/payment provider/);

        await page.getByLabel(/^Label/).fill(label);
        await page.getByRole("button", { name: "Add template" }).click();
        await expect(formStatus(page, "Added")).toHaveText(`Added “${label}”.`);
        const item = templateItem(page, label);
        await expect(item).toContainText("Yours");
        await expect(item).toContainText("Identified · Minor impact · components: degraded performance");

        await item.getByRole("link", { name: /^Start an incident from it/ }).click();
        await expect(page.getByRole("navigation", { name: "Templates" }).getByRole("link", { name: label })).toHaveAttribute("aria-current", "true");
        await expect(page.getByLabel("Title")).toHaveValue(title);
        await expect(page.getByRole("radio", { name: "identified" })).toBeChecked();
        await expect(page.getByLabel("Impact")).toHaveValue("minor");
        await expect(page.getByLabel("First message (markdown)")).toHaveValue(/payment provider/);
        await page.getByRole("button", { name: "Post incident" }).click();
        await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
        incidentId = page.url().split("/").pop();

        await page.goto("/admin/templates");
        await templateItem(page, label).getByRole("link", { name: /^Edit/ }).click();
        await page.getByRole("button", { name: "Delete template" }).click();
        await expect(page.getByText("Confirm to delete.")).toBeVisible();
        await page.getByLabel(`Yes, delete “${label}” for good`).check();
        await page.getByRole("button", { name: "Delete template" }).click();
        await expect(formStatus(page, "deleted")).toHaveText("Template deleted.");
        await expect(templateItem(page, label)).toHaveCount(0);
        await expect(templateItem(page, "502 Bad Gateway")).toHaveCount(1);
      } finally {
        await e2eDb().incidentTemplate.deleteMany({ where: { pageId: DEFAULT_PAGE_ID, label } });
        await deleteRows({ incidents: incidentId ? [incidentId] : [] });
        await remove();
      }
    });
  });
}
