import { expect, type Page, test } from "@playwright/test";
import { e2eDb, uniqueName } from "./support/db";
import { gotoWhen, SNAPSHOT_TEST_TIMEOUT } from "./support/eventually";
import { deleteRows } from "./support/factories";
import { signInAs } from "./support/session";

// Waits for the snapshot to show edits, each with a generous timeout (support/eventually.ts).
test.describe.configure({ timeout: SNAPSHOT_TEST_TIMEOUT });

// A webmaster manages components at /admin/components and checks the public page after each
// visible change. Every form must also work as a plain HTML post, so each test runs twice.

function publicRow(page: Page, name: string) {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });
}

async function addComponent(page: Page, name: string, groupName: string) {
  const form = page.getByRole("form", { name: "Add a component" });
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("Description").fill("Takes card payments");
  await form.getByLabel("Group").selectOption({ label: groupName });
  await form.getByLabel("Status to begin with").selectOption("Operational");
  await form.getByRole("button", { name: "Add component" }).click();
  await expect(form.getByRole("status")).toHaveText(`Added “${name}”.`);
}

async function cleanUp(names: string[], groupNames: string[]) {
  const db = e2eDb();
  const [components, groups] = await Promise.all([
    db.component.findMany({ where: { name: { in: names } }, select: { id: true } }),
    db.componentGroup.findMany({ where: { name: { in: groupNames } }, select: { id: true } }),
  ]);
  await deleteRows({ components: components.map((c) => c.id), groups: groups.map((g) => g.id) });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("create a group and components, set a status, move, rename and delete, and see each on the public page", async ({ page, context, baseURL, browser }) => {
      const { remove } = await signInAs(context, baseURL ?? "", "editor");
      const visitor = await browser.newPage();
      const groupName = uniqueName("Payments");
      const first = uniqueName("Ledger");
      const name = uniqueName("Card API");
      const renamed = uniqueName("Card gateway");
      try {
        await page.goto("/admin/components");
        const groupForm = page.getByRole("form", { name: "Add a group" });
        await groupForm.getByLabel("Name", { exact: true }).fill(groupName);
        await groupForm.getByRole("button", { name: "Add group" }).click();
        await expect(groupForm.getByRole("status")).toHaveText(`Added the group “${groupName}”.`);
        await addComponent(page, first, groupName);
        await addComponent(page, name, groupName);
        const inGroup = page.getByRole("list", { name: `Components of ${groupName}` }).getByRole("heading");
        await expect(inGroup).toHaveText([first, name]);

        const row = page.getByRole("listitem", { name });
        await row.getByLabel("Status", { exact: true }).selectOption("Partial outage");
        await row.getByRole("button", { name: "Set status" }).click();
        await expect(row.getByRole("status").filter({ hasText: "Status set" })).toHaveText("Status set to Partial outage.");
        await gotoWhen(visitor, "/", () => expect(publicRow(visitor, name).getByText("Partial outage", { exact: true })).toBeVisible({ timeout: 500 }));

        await row.getByRole("button", { name: `Move ${name} up` }).click();
        await expect(inGroup).toHaveText([name, first]);
        await expect(page.getByRole("button", { name: `Move ${name} up` })).toBeDisabled();
        const publicGroup = visitor.getByRole("list", { name: groupName }).getByRole("heading");
        await gotoWhen(visitor, "/", () => expect(publicGroup).toHaveText([name, first], { timeout: 500 }));

        await row.getByText("Edit component").click();
        await row.getByLabel("Name", { exact: true }).fill(renamed);
        await row.getByRole("button", { name: "Save component" }).click();
        const renamedRow = page.getByRole("listitem", { name: renamed });
        await expect(renamedRow.getByRole("status").filter({ hasText: "Saved" })).toHaveText(`Saved “${renamed}”.`);
        await gotoWhen(visitor, "/", () => expect(publicRow(visitor, renamed)).toBeVisible({ timeout: 500 }));

        await renamedRow.getByText("Delete this component").click();
        await renamedRow.getByRole("button", { name: "Delete component" }).click();
        await expect(renamedRow.getByText("Confirm to delete.")).toBeVisible();
        await renamedRow.getByLabel(/^Yes, delete/).check();
        await renamedRow.getByRole("button", { name: "Delete component" }).click();
        await expect(page.getByRole("status").filter({ hasText: "Component deleted." })).toBeVisible();
        await expect(renamedRow).toHaveCount(0);
        await gotoWhen(visitor, "/", async () => {
          await expect(publicRow(visitor, first)).toBeVisible({ timeout: 500 });
          await expect(publicRow(visitor, renamed)).toHaveCount(0);
        });

        // Deleting the group keeps its remaining component, now at the top level.
        const group = page.getByRole("listitem", { name: groupName });
        await group.getByText("Delete this group").click();
        await group.getByLabel(/^Yes, delete the group/).check();
        await expect(group.getByLabel(/^Also delete its component/)).not.toBeChecked();
        await group.getByRole("button", { name: "Delete group" }).click();
        await expect(page.getByRole("status").filter({ hasText: "Group deleted." })).toBeVisible();
        await expect(group).toHaveCount(0);
        await expect(page.getByRole("listitem", { name: first })).toBeVisible();
      } finally {
        await visitor.close();
        await cleanUp([first, name, renamed], [groupName]);
        await remove();
      }
    });

    test("a missing name shows the field's message and keeps what was typed", async ({ page, context, baseURL }) => {
      const { remove } = await signInAs(context, baseURL ?? "", "editor");
      try {
        await page.goto("/admin/components");
        const form = page.getByRole("form", { name: "Add a component" });
        // Spaces pass the browser's `required` check; the server trims them and refuses.
        await form.getByLabel("Name", { exact: true }).fill("   ");
        await form.getByLabel("Description").fill("Answers search queries");
        await form.getByLabel("Status to begin with").selectOption("Major outage");
        await form.getByRole("button", { name: "Add component" }).click();
        await expect(form.getByLabel("Name", { exact: true })).toHaveAccessibleDescription("must not be empty");
        await expect(form.getByLabel("Description")).toHaveValue("Answers search queries");
        await expect(form.getByLabel("Status to begin with")).toHaveValue("major_outage");
        await expect(form.getByRole("status")).toContainText("name must not be empty");
      } finally {
        await remove();
      }
    });
  });
}
