import { expect, test } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import { e2eDb, uniqueName } from "./support/db";

// Signing in to the dashboard: the login test itself uses the form (others will use a saved
// session). All failures here count against this machine's address, so only a few are made.

const password = "correct horse battery staple";
let email = "";
let userId = "";

test.beforeAll(async () => {
  email = `${uniqueName("editor").replace(/\s+/g, "-")}@example.com`.toLowerCase();
  const user = await e2eDb().user.create({ data: { email, passwordHash: await hashPassword(password), role: "editor" } });
  userId = user.id;
});

test.afterAll(async () => {
  await e2eDb().user.deleteMany({ where: { id: userId } });
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("a wrong password is refused and the address kept; the right one signs in and out", async ({ page, context }) => {
      await page.goto("/admin");
      await expect(page).toHaveURL(/\/admin\/login$/);

      await page.getByLabel("Email address").fill(email);
      await page.getByLabel("Password").fill("not the password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("alert").filter({ hasText: /match/ })).toHaveText("That email address and password do not match an account.");
      await expect(page.getByLabel("Email address")).toHaveValue(email);

      await page.getByLabel("Password").fill(password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
      await expect(page.getByText(`${email} (editor)`)).toBeVisible();

      const cookie = (await context.cookies()).find((c) => c.name === "beacon_session");
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
      expect(cookie?.value).toMatch(/^bcs_/);

      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/admin\/login$/);
      await page.goto("/admin");
      await expect(page).toHaveURL(/\/admin\/login$/);
    });
  });
}

test("an unknown address gets the same answer as a wrong password", async ({ page }) => {
  await page.goto("/admin/login");
  await page.getByLabel("Email address").fill("nobody@example.com");
  await page.getByLabel("Password").fill("whatever it is");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /match/ })).toHaveText("That email address and password do not match an account.");
});
