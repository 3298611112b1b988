import { expect, type Page, test } from "@playwright/test";
import { DEFAULT_PAGE_ID } from "../lib/pages/default-page";
import { e2eDb, uniqueName } from "./support/db";
import { gotoWhen, SNAPSHOT_TEST_TIMEOUT } from "./support/eventually";
import { createComponent, deleteRows } from "./support/factories";
import { signInAs } from "./support/session";

// Waits for the snapshot to show edits, each with a generous timeout (support/eventually.ts).
test.describe.configure({ timeout: SNAPSHOT_TEST_TIMEOUT });

// Owners and admins run the installation from the dashboard: page settings, API tokens and
// users. Editors are shown a refusal, and lib refuses their forms even when they post them.

const uniqueEmail = (base: string) => `${uniqueName(base).replace(/\s+/g, "-").toLowerCase()}@example.com`;

test("an admin's support contact and guidance show on the public page while something is degraded", async ({ page, context, baseURL, browser }) => {
  const component = await createComponent({ status: "degraded_performance" });
  const admin = await signInAs(context, baseURL ?? "", "admin");
  const visitor = await browser.newPage();
  // Other tests share the one page: put back exactly what this test changes.
  const saved = await e2eDb().page.findUniqueOrThrow({ where: { id: DEFAULT_PAGE_ID }, select: { supportContact: true, guidanceText: true } });
  const contact = uniqueEmail("help");
  const marker = uniqueName("Orders placed before the slowdown are safe");
  try {
    await page.goto("/admin/settings");
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    await page.getByLabel("Support contact").fill(contact);
    await page.getByLabel("Visitor guidance (markdown)").fill(`**${marker}.** Please retry in a few minutes.`);
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status")).toHaveText("Settings saved. The public page shows them within about a second.");
    await expect(page.getByLabel("Support contact")).toHaveValue(contact);

    const guidance = visitor.getByRole("region", { name: /^What this/ });
    await gotoWhen(visitor, "/", () => expect(guidance.locator("strong", { hasText: marker })).toBeVisible({ timeout: 500 }));
    await expect(guidance.getByRole("link", { name: `Email ${contact}` })).toHaveAttribute("href", `mailto:${contact}`);

    // The change is in the audit log, naming who made it and what changed.
    await page.goto("/admin/audit");
    const entry = page.getByRole("listitem").filter({ hasText: admin.user.email }).filter({ hasText: "page.update" }).first();
    await expect(entry).toContainText("supportContact, guidanceText");
  } finally {
    await e2eDb().page.update({ where: { id: DEFAULT_PAGE_ID }, data: saved });
    await visitor.close();
    await deleteRows({ components: [component.id] });
    await admin.remove();
  }
});

test("an admin creates an API token, sees it exactly once, and revokes it", async ({ page, context, baseURL, request }) => {
  const admin = await signInAs(context, baseURL ?? "", "admin");
  const name = uniqueName("deploy pipeline");
  try {
    await page.goto("/admin/tokens");
    await page.getByLabel(/^Name/).fill(name);
    await page.getByRole("button", { name: "Create token" }).click();
    const shown = page.getByLabel("Your new API token");
    await expect(shown).toHaveValue(/^bcn_/);
    await expect(page.getByText("it won't be shown again")).toBeVisible();
    const token = await shown.inputValue();
    const auth = { headers: { authorization: `Bearer ${token}` } };
    expect((await request.get("/api/v1/components", auth)).status()).toBe(200);

    await page.reload();
    await expect(page.getByLabel("Your new API token")).toHaveCount(0);
    expect(await page.content()).not.toContain(token);
    const row = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });
    await expect(row).toContainText(token.slice(0, 10));
    await expect(row).toContainText(admin.user.email);
    // Used once above, so "Last used" names a time.
    await expect(row).not.toContainText("Never");

    await row.getByLabel(/^Yes, revoke/).check();
    await row.getByRole("button", { name: /^Revoke token/ }).click();
    await expect(row.getByText("revoked", { exact: true })).toBeVisible();
    await expect(row.getByRole("button", { name: /^Revoke token/ })).toHaveCount(0);
    expect((await request.get("/api/v1/components", auth)).status()).toBe(401);
  } finally {
    await e2eDb().apiToken.deleteMany({ where: { name } });
    await admin.remove();
  }
});

test("an admin adds a user, changes their role and deletes them", async ({ page, context, baseURL }) => {
  const admin = await signInAs(context, baseURL ?? "", "admin");
  const email = uniqueEmail("new-editor");
  try {
    await page.goto("/admin/users");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel(/^Name/).fill("Nina New");
    await page.getByLabel("Role", { exact: true }).selectOption("editor");
    await page.getByLabel(/^Initial password/).fill("a long enough password");
    await page.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Added ${email}.` })).toBeVisible();

    const row = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: email }) });
    await expect(row).toContainText("Nina New");
    await expect(row.getByRole("definition").filter({ hasText: /^editor$/ })).toBeVisible();
    await row.getByLabel(/^Role/).selectOption("admin");
    await row.getByRole("button", { name: /^Change role/ }).click();
    await expect(row.getByRole("status").filter({ hasText: `${email} is now an admin.` })).toBeVisible();
    await expect(row.getByRole("definition").filter({ hasText: /^admin$/ })).toBeVisible();
    expect((await e2eDb().user.findUniqueOrThrow({ where: { email } })).role).toBe("admin");

    // An admin cannot make anyone an owner: the choice is not offered.
    await expect(row.getByLabel(/^Role/).locator("option", { hasText: "owner" })).toHaveCount(0);

    await row.getByText("Delete…").click();
    await row.getByRole("button", { name: /^Delete user/ }).click();
    await expect(row.getByRole("status").filter({ hasText: "Tick the box to confirm the deletion." })).toBeVisible();
    await row.getByLabel(/^Yes, delete/).check();
    await row.getByRole("button", { name: /^Delete user/ }).click();
    await expect(row).toHaveCount(0);
    expect(await e2eDb().user.count({ where: { email } })).toBe(0);
  } finally {
    await e2eDb().user.deleteMany({ where: { email } });
    await admin.remove();
  }
});

test("an editor is refused settings, users and tokens, even posting the forms directly", async ({ context, baseURL }) => {
  const admin = await signInAs(context, baseURL ?? "", "admin");
  const pages: Page[] = [];
  let editor: Awaited<ReturnType<typeof signInAs>> | undefined;
  const hijack = uniqueName("hijacked");
  const email = uniqueEmail("smuggled");
  try {
    // Forms rendered for an admin, then submitted with an editor's session: lib must refuse.
    for (const path of ["/admin/settings", "/admin/users", "/admin/tokens"]) {
      const tab = await context.newPage();
      await tab.goto(path);
      pages.push(tab);
    }
    const [settings, users, tokens] = pages as [Page, Page, Page];
    editor = await signInAs(context, baseURL ?? "", "editor");

    await settings.getByLabel("Support contact").fill(hijack);
    await settings.getByRole("button", { name: "Save settings" }).click();
    await users.getByLabel("Email address").fill(email);
    await users.getByLabel(/^Initial password/).fill("a long enough password");
    await users.getByRole("button", { name: "Add user" }).click();
    await tokens.getByLabel(/^Name/).fill(hijack);
    await tokens.getByRole("button", { name: "Create token" }).click();
    for (const tab of pages) {
      await expect(tab.getByRole("status").filter({ hasText: "You are not allowed to do that" })).toBeVisible();
    }
    expect(await e2eDb().page.count({ where: { supportContact: hijack } })).toBe(0);
    expect(await e2eDb().user.count({ where: { email } })).toBe(0);
    expect(await e2eDb().apiToken.count({ where: { name: hijack } })).toBe(0);

    // Opened as the editor, the pages say why and offer nothing they cannot do.
    const refusals = [
      "Only owners and admins can change the page settings.",
      "Only owners and admins can manage users.",
      "Only owners and admins can create, see or revoke API tokens.",
    ];
    for (const [index, tab] of pages.entries()) {
      await tab.reload();
      await expect(tab.getByText(refusals[index] ?? "?")).toBeVisible();
    }
    await expect(settings.getByRole("button", { name: "Save settings" })).toHaveCount(0);
    await expect(users.getByRole("button", { name: "Add user" })).toHaveCount(0);
    await expect(users.getByRole("button", { name: "Change my password" })).toBeVisible();
    await expect(tokens.getByRole("button", { name: "Create token" })).toHaveCount(0);
    await tokens.goto("/admin/audit");
    await expect(tokens.getByText("Only owners and admins can read the audit log.")).toBeVisible();
  } finally {
    await e2eDb().user.deleteMany({ where: { email } });
    await editor?.remove();
    await admin.remove();
  }
});
