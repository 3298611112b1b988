import { expect, test } from "@playwright/test";
import { e2eDb, uniqueName } from "./support/db";
import { signInAs } from "./support/session";

// A page on another site replays the dashboard's own form (with its action id) at a signed-in
// editor's browser. The SameSite=Lax session cookie is not sent with a cross-site POST, and
// Next refuses server actions whose Origin is not this site: no incident may appear.

test("a cross-site form post cannot create an incident", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const { remove } = await signInAs(context, baseURL ?? "");
  const page = await context.newPage();
  const name = uniqueName("Forged incident");
  try {
    await page.goto("/admin/incidents/new");
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Post incident" }) });
    const hidden = await form.locator("input[type=hidden]").evaluateAll((inputs) =>
      inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value]),
    );
    const action = new URL((await form.getAttribute("action")) ?? "", page.url()).href;
    const fields = [...hidden, ["name", name], ["status", "investigating"], ["body", "forged"]]
      .map(([key, value]) => `<input type="hidden" name="${key}" value="${String(value).replace(/"/g, "&quot;")}">`)
      .join("");
    // Served from another site (localhost is not 127.0.0.1), submitted by the victim's browser.
    await page.route("http://localhost:9/attack", (route) =>
      route.fulfill({ contentType: "text/html", body: `<form method="post" action="${action}" enctype="multipart/form-data">${fields}<button>Go</button></form>` }),
    );
    await page.goto("http://localhost:9/attack");
    await page.getByRole("button", { name: "Go" }).click();
    await page.waitForLoadState();
    await expect.poll(() => e2eDb().incident.count({ where: { name } }), { timeout: 3_000 }).toBe(0);
    // The same form from the dashboard itself does work, so the refusal above is not an accident.
    await page.goto("/admin/incidents/new");
    await page.getByLabel("Title").fill(name);
    await page.getByRole("button", { name: "Post incident" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  } finally {
    await e2eDb().incident.deleteMany({ where: { name } });
    await remove();
    await context.close();
  }
});
