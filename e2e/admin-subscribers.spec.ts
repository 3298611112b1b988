import { expect, type Page, test } from "@playwright/test";
import fs from "node:fs";
import { DEFAULT_PAGE_ID } from "../lib/pages/default-page";
import { e2eDb, uniqueName } from "./support/db";
import { signInAs } from "./support/session";

// The dashboard's subscriber list and outbox: owners and admins see, search, remove and export
// subscribers, and read emails kept unsent. Each test makes subscribers under its own prefix.

function prefix(): string {
  return uniqueName("e2e sub").replace(/\W+/g, "-").toLowerCase();
}

async function createSubscribers(rows: { email: string; state: "pending" | "confirmed" | "unsubscribed" | "failed" }[]) {
  await e2eDb().subscriber.createMany({ data: rows.map((row) => ({ pageId: DEFAULT_PAGE_ID, ...row, confirmedAt: row.state === "confirmed" ? new Date() : null })) });
  return e2eDb().subscriber.findMany({ where: { email: { in: rows.map((row) => row.email) } }, select: { id: true, email: true } });
}

async function removeSubscribers(emails: string[]) {
  await e2eDb().subscriber.deleteMany({ where: { email: { in: emails } } });
}

async function search(page: Page, query: string) {
  await page.goto("/admin/subscribers");
  await page.getByRole("searchbox", { name: "Address contains" }).fill(query);
  await page.getByRole("button", { name: "Search" }).click();
}

test("an admin sees the counts and finds a subscriber by part of the address", async ({ page, context, baseURL }) => {
  const { remove } = await signInAs(context, baseURL ?? "", "admin");
  const p = prefix();
  const emails = [`${p}-a@example.test`, `${p}-b@example.test`, `${p}-c@example.test`];
  await createSubscribers([{ email: emails[0]!, state: "confirmed" }, { email: emails[1]!, state: "pending" }, { email: emails[2]!, state: "failed" }]);
  try {
    await page.goto("/admin/subscribers");
    const counts = page.getByRole("definition").filter({ hasText: /failed/i });
    await expect(counts).toHaveText(/^[1-9]\d*/);
    await search(page, `${p.toUpperCase()}-B`);
    await expect(page.getByRole("heading", { name: "1 matching" })).toBeVisible();
    await expect(page.getByRole("listitem", { name: emails[1] }).getByText("Pending confirmation", { exact: true })).toBeVisible();
    await search(page, p);
    await page.getByLabel("State", { exact: true }).selectOption("Failed");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/state=failed/);
    await expect(page.getByRole("heading", { name: "1 matching" })).toBeVisible();
    await expect(page.getByRole("listitem", { name: emails[2] })).toBeVisible();
  } finally {
    await removeSubscribers(emails);
    await remove();
  }
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("an owner removes a subscriber after confirming", async ({ page, context, baseURL }) => {
      const { remove } = await signInAs(context, baseURL ?? "", "owner");
      const p = prefix();
      const [leaving] = await createSubscribers([{ email: `${p}@example.test`, state: "confirmed" }]);
      try {
        await search(page, p);
        const row = page.getByRole("listitem", { name: leaving!.email });
        await row.getByText(`Remove ${leaving!.email}`, { exact: true }).click();
        await row.getByRole("button", { name: "Remove subscriber" }).click();
        await expect(row.getByRole("status")).toHaveText("Tick the box to confirm removing this subscriber.");
        expect(await e2eDb().subscriber.count({ where: { id: leaving!.id } })).toBe(1);
        await row.getByRole("checkbox", { name: /Yes, remove/ }).check();
        await row.getByRole("button", { name: "Remove subscriber" }).click();
        await expect(page.getByRole("status").filter({ hasText: "Subscriber removed." })).toBeVisible();
        await expect(page.getByText("No subscriber matches.")).toBeVisible();
        expect(await e2eDb().subscriber.count({ where: { id: leaving!.id } })).toBe(0);
        const audit = await e2eDb().auditLog.findFirst({ where: { action: "subscriber.delete", targetId: leaving!.id } });
        expect(audit?.details ?? "").not.toContain("@");
      } finally {
        await removeSubscribers([leaving!.email]);
        await remove();
      }
    });
  });
}

test("a webhook subscriber reads as one, is found by its URL and is removed without JavaScript", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, colorScheme: "dark" });
  const page = await context.newPage();
  const { remove } = await signInAs(context, baseURL ?? "", "owner");
  const p = prefix();
  const endpoint = `https://${p}.hooks.example.test/beacon`;
  const email = `${p}-owner@example.test`;
  const hook = await e2eDb().subscriber.create({ data: { pageId: DEFAULT_PAGE_ID, channel: "webhook", email, endpoint, state: "confirmed", confirmedAt: new Date() } });
  await createSubscribers([{ email, state: "confirmed" }]);
  try {
    await search(page, `${p}.hooks`);
    await expect(page.getByRole("heading", { name: "1 matching" })).toBeVisible();
    const row = page.getByRole("listitem", { name: endpoint });
    await expect(row.getByText("Webhook", { exact: true })).toBeVisible();
    await expect(row.getByText(email)).toBeVisible();
    await search(page, p);
    await expect(page.getByRole("heading", { name: "2 matching" })).toBeVisible();
    await expect(page.getByRole("listitem", { name: email }).getByText("Email", { exact: true })).toBeVisible();
    if (process.env.BEACON_SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.BEACON_SCREENSHOT_DIR}/admin-subscribers-dark-nojs.png`, fullPage: true });
    await row.getByText(`Remove ${endpoint}`, { exact: true }).click();
    await row.getByRole("checkbox", { name: /Yes, remove the webhook/ }).check();
    await row.getByRole("button", { name: "Remove subscriber" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Subscriber removed." })).toBeVisible();
    expect(await e2eDb().subscriber.count({ where: { id: hook.id } })).toBe(0);
  } finally {
    await removeSubscribers([email]);
    await remove();
    await context.close();
  }
});

test("the CSV export holds every subscriber, safe to open in a spreadsheet", async ({ page, context, baseURL }) => {
  const { remove } = await signInAs(context, baseURL ?? "", "admin");
  const p = prefix();
  const emails = [`=${p}@example.test`, `${p}-plain@example.test`];
  await createSubscribers([{ email: emails[0]!, state: "confirmed" }, { email: emails[1]!, state: "unsubscribed" }]);
  try {
    await page.goto("/admin/subscribers");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export all as CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^subscribers-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync(await download.path(), "utf8");
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("email,state,components,created,confirmed,unsubscribed,channel,endpoint");
    expect(lines.find((line) => line.startsWith("'="))).toMatch(new RegExp(`^'=${p}@example\\.test,confirmed,all,\\d{4}-`));
    expect(lines.find((line) => line.startsWith(`${p}-plain`))).toMatch(/,unsubscribed,all,/);
  } finally {
    await removeSubscribers(emails);
    await remove();
  }
});

test("the outbox shows an email kept unsent, marked so, with its confirmation link", async ({ page, context, baseURL }) => {
  const { remove } = await signInAs(context, baseURL ?? "", "admin");
  const p = prefix();
  const [subscriber] = await createSubscribers([{ email: `${p}@example.test`, state: "pending" }]);
  // Made directly: this suite's server has an SMTP listener, so it would send rather than hold.
  const notification = await e2eDb().notification.create({ data: { pageId: DEFAULT_PAGE_ID, kind: "confirmation", subscriberId: subscriber!.id, fannedOutAt: new Date() } });
  await e2eDb().delivery.create({ data: { notificationId: notification.id, subscriberId: subscriber!.id, status: "held", lastError: "not sent: SMTP_URL is not set" } });
  try {
    await page.goto("/admin/outbox");
    await page.getByRole("link", { name: "Confirmation email (double opt-in)" }).first().click();
    await expect(page).toHaveURL(new RegExp(`/admin/outbox/${notification.id}$`));
    const row = page.getByRole("listitem", { name: subscriber!.email });
    await expect(row.getByText("Not sent — SMTP_URL is not set")).toBeVisible();
    await row.getByRole("link", { name: /Read this email/ }).click();
    await expect(page.getByRole("note")).toContainText("Not sent — SMTP_URL is not set");
    const confirm = page.getByRole("link", { name: /\/subscribe\/confirm\?token=/ });
    await expect(confirm).toBeVisible();
    await confirm.click();
    await expect(page).toHaveURL(/\/subscribe\/confirm\?token=/);
  } finally {
    await removeSubscribers([subscriber!.email]);
    await remove();
  }
});

test("an editor cannot open the subscribers page, the outbox or the export", async ({ page, context, baseURL }) => {
  const { remove } = await signInAs(context, baseURL ?? "", "editor");
  const p = prefix();
  await createSubscribers([{ email: `${p}@example.test`, state: "confirmed" }]);
  try {
    await page.goto("/admin/subscribers");
    await expect(page.getByText("Only owners and admins can see subscribers")).toBeVisible();
    await expect(page.getByText(p)).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Subscribers" })).toHaveCount(0);
    await page.goto("/admin/outbox");
    await expect(page.getByText("Only owners and admins can open the outbox")).toBeVisible();
    const response = await page.request.get("/admin/subscribers/export");
    expect(response.status()).toBe(403);
    expect(await response.text()).not.toContain("@");
  } finally {
    await removeSubscribers([`${p}@example.test`]);
    await remove();
  }
});

test("bad addresses of these pages answer 404, never 500", async ({ page, context, baseURL }) => {
  const { remove } = await signInAs(context, baseURL ?? "", "admin");
  try {
    for (const path of ["/admin/subscribers?state=gone", "/admin/subscribers?page=-1", "/admin/subscribers?q=%00", "/admin/outbox?before=%00", "/admin/outbox/%00", "/admin/outbox/missing", "/admin/outbox/missing/missing", `/admin/incidents/${"x".repeat(300)}`]) {
      const response = await page.request.get(path);
      expect(response.status(), path).toBe(404);
    }
  } finally {
    await remove();
  }
});
