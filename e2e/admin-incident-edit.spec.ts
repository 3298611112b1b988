import { expect, type Page, test } from "@playwright/test";
import { uniqueName } from "./support/db";
import { gotoWhen, SNAPSHOT_TEST_TIMEOUT } from "./support/eventually";
import { createIncident, deleteRows } from "./support/factories";
import { signInAs } from "./support/session";

// Waits for the snapshot to show edits, each with a generous timeout (support/eventually.ts).
test.describe.configure({ timeout: SNAPSHOT_TEST_TIMEOUT });

// A webmaster corrects an update's text and writes a postmortem from the dashboard incident
// page, then checks the public permalink. Both forms must also work as plain HTML posts.

function publicUpdate(page: Page, text: string) {
  return page.getByRole("article").getByRole("listitem").filter({ hasText: text });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("edit an update's text, refused when empty, and see it marked edited on the permalink", async ({ page, context, baseURL, browser }) => {
      const incident = await createIncident({
        name: uniqueName("Slow logins"),
        status: "monitoring",
        startedMinutesAgo: 60,
        updates: [
          { status: "investigating", body: "Logins are slow for some users.", minutesAgo: 60 },
          { status: "monitoring", body: "A fix is out; we are watching.", minutesAgo: 20 },
        ],
      });
      const { remove } = await signInAs(context, baseURL ?? "", "editor");
      const visitor = await browser.newPage();
      const corrected = `Logins were slow for users in Europe (${uniqueName("ref")}).`;
      try {
        await page.goto(`/admin/incidents/${incident.id}`);
        await expect(page.getByText("A postmortem can be written once the incident is resolved.")).toBeVisible();
        const edits = page.getByRole("region", { name: "Edit an update's text" });
        await expect(edits.getByRole("listitem")).toHaveCount(2);
        const item = edits.getByRole("listitem", { name: /^Investigating/ });
        await item.getByText("Edit text").click();
        const text = item.getByLabel("Update text (markdown)");
        await expect(text).toHaveValue("Logins are slow for some users.");

        // Spaces pass the browser's `required`; the server refuses them next to the field.
        await text.fill("   ");
        await item.getByRole("button", { name: "Save text" }).click();
        await expect(item.getByText("must not be empty", { exact: true })).toBeVisible();
        await expect(item.getByLabel("Update text (markdown)")).toHaveValue("   ");
        await expect(item.getByRole("status")).toHaveText("The update's text must not be empty.");

        await item.getByLabel("Update text (markdown)").fill(corrected);
        await item.getByRole("button", { name: "Save text" }).click();
        await expect(item.getByRole("status")).toHaveText(/^Text saved\./);
        await expect(item).toHaveAccessibleName(/ · edited$/);
        await expect(page.getByRole("article").getByText(corrected)).toBeVisible();

        await gotoWhen(visitor, `/incidents/${incident.id}`, () => expect(publicUpdate(visitor, corrected)).toBeVisible({ timeout: 500 }));
        await expect(publicUpdate(visitor, corrected)).toContainText("edited");
        await expect(visitor.getByText("Logins are slow for some users.")).toHaveCount(0);
        await expect(publicUpdate(visitor, "A fix is out; we are watching.")).not.toContainText("edited");
      } finally {
        await visitor.close();
        await deleteRows({ incidents: [incident.id] });
        await remove();
      }
    });

    test("write and publish a postmortem for a resolved incident and see it on the permalink", async ({ page, context, baseURL, browser }) => {
      const incident = await createIncident({
        name: uniqueName("Payment failures"),
        status: "resolved",
        startedMinutesAgo: 120,
        resolvedMinutesAgo: 30,
        updates: [
          { status: "investigating", body: "Card payments fail.", minutesAgo: 120 },
          { status: "resolved", body: "Payments work again.", minutesAgo: 30 },
        ],
      });
      const { remove } = await signInAs(context, baseURL ?? "", "editor");
      const visitor = await browser.newPage();
      const cause = `An expired certificate on the payment gateway (${uniqueName("ref")}).`;
      try {
        await page.goto(`/admin/incidents/${incident.id}`);
        const section = page.getByRole("region", { name: "Postmortem" });
        const publish = section.getByRole("checkbox", { name: "Publish on the status page" });
        await expect(publish).not.toBeChecked();

        await section.getByLabel("Postmortem (markdown)").fill(`## What happened\n\n${cause}`);
        await publish.check();
        await section.getByRole("button", { name: "Save postmortem" }).click();
        await expect(section.getByRole("status")).toHaveText(/^Postmortem published\./);
        await expect(page.getByRole("article").getByText("Postmortem", { exact: true })).toBeVisible();
        await page.reload();
        await expect(publish).toBeChecked();
        await expect(section.getByText(/^Published /)).toBeVisible();

        await gotoWhen(visitor, `/incidents/${incident.id}`, () =>
          expect(visitor.getByRole("heading", { level: 2, name: "Postmortem" })).toBeVisible({ timeout: 500 }),
        );
        const published = visitor.getByRole("region", { name: "Postmortem" });
        await expect(published.getByRole("heading", { name: "What happened" })).toBeVisible();
        await expect(published).toContainText(cause);
      } finally {
        await visitor.close();
        await deleteRows({ incidents: [incident.id] });
        await remove();
      }
    });
  });
}
