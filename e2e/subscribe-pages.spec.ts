import { randomUUID } from "node:crypto";
import { type Page, expect, request as requestContext, test } from "@playwright/test";
import { DEFAULT_PAGE_ID } from "../lib/pages/default-page";
import { signConfirmToken, signManageToken } from "../lib/subscribers/subscriber-tokens";
import { e2eDb, uniqueName } from "./support/db";
import { instanceSecret } from "./support/instance-secret";
import { createComponent, deleteRows } from "./support/factories";

// The visitor's side of email subscriptions, all without JavaScript: subscribe, confirm with
// the page's button (opening the link alone confirms nothing), manage, and one-click
// unsubscribe as a mail provider sends it. Links are signed here with the server's secret.

test.use({ javaScriptEnabled: false });

const emails: string[] = [];
let component = { id: "", name: "" };

function newEmail(): string {
  const email = `visitor-${Date.now().toString(36)}-${randomUUID().slice(0, 8)}@example.test`;
  emails.push(email);
  return email;
}

async function subscriber(email: string) {
  return e2eDb().subscriber.findFirstOrThrow({
    where: { pageId: DEFAULT_PAGE_ID, email },
    select: { id: true, state: true, allComponents: true, confirmVersion: true, components: { select: { componentId: true } } },
  });
}

async function subscribeThroughForm(page: Page, email: string) {
  await page.goto("/subscribe");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Only the components I choose").check();
  await page.getByLabel(component.name).check();
  await page.getByRole("button", { name: "Subscribe" }).click();
}

test.beforeAll(async () => {
  component = await createComponent({ name: uniqueName("Checkout API") });
});

test.afterAll(async () => {
  await e2eDb().subscriber.deleteMany({ where: { email: { in: emails } } });
  await e2eDb().subscribeAttempt.deleteMany({ where: { email: { in: emails } } });
  await deleteRows({ components: [component.id] });
});

test("the status page links to the subscription form", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Subscribe to updates" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Subscribe to updates" })).toBeVisible();
});

test("subscribing answers the same for a new and an already confirmed address, and changes neither's choice", async ({ page }) => {
  const fresh = newEmail();
  await subscribeThroughForm(page, fresh);
  const answer = page.getByRole("status").filter({ hasText: "Check your inbox" });
  await expect(answer).toBeVisible();
  const freshText = (await answer.innerText()).replace(fresh, "ADDRESS");
  expect(await subscriber(fresh)).toMatchObject({ state: "pending", allComponents: false, components: [{ componentId: component.id }] });

  const confirmed = newEmail();
  await e2eDb().subscriber.create({ data: { pageId: DEFAULT_PAGE_ID, email: confirmed, state: "confirmed", confirmedAt: new Date() } });
  await subscribeThroughForm(page, confirmed);
  await expect(answer).toBeVisible();
  expect((await answer.innerText()).replace(confirmed, "ADDRESS")).toBe(freshText);
  expect(await subscriber(confirmed)).toMatchObject({ state: "confirmed", allComponents: true, components: [] });
});

test("a bad address gets a message by the field and keeps what was typed", async ({ page }) => {
  await page.goto("/subscribe");
  await page.getByLabel("Email address").fill("not an address");
  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByText("Enter an email address such as name@example.com.")).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveValue("not an address");
  await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
});

test("opening the confirmation link confirms nothing; its button does", async ({ page }) => {
  const email = newEmail();
  await subscribeThroughForm(page, email);
  const pending = await subscriber(email);
  const token = signConfirmToken(await instanceSecret(e2eDb()), pending.id, pending.confirmVersion);
  const response = await page.goto(`/subscribe/confirm?token=${encodeURIComponent(token)}`);
  expect(response?.headers()["cache-control"]).toContain("no-store");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(page.getByRole("button", { name: "Confirm my subscription" })).toBeVisible();
  expect((await subscriber(email)).state).toBe("pending");
  await page.getByRole("button", { name: "Confirm my subscription" }).click();
  await expect(page.getByRole("heading", { name: "Your subscription is confirmed" })).toBeVisible();
  expect((await subscriber(email)).state).toBe("confirmed");
  await expect(page.getByRole("link", { name: "Manage your subscription" })).toBeVisible();
});

test("an expired or forged confirmation link says so and offers to subscribe again", async ({ page }) => {
  const email = newEmail();
  await subscribeThroughForm(page, email);
  const pending = await subscriber(email);
  const expired = signConfirmToken(await instanceSecret(e2eDb()), pending.id, pending.confirmVersion, new Date(Date.now() - 49 * 3600_000));
  await page.goto(`/subscribe/confirm?token=${encodeURIComponent(expired)}`);
  await expect(page.getByRole("heading", { name: "This link has expired" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Subscribe again" })).toBeVisible();
  await page.goto(`/subscribe/confirm?token=${pending.id}.0.9999999999.forged`);
  await expect(page.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
  expect((await subscriber(email)).state).toBe("pending");
});

test("the manage page changes the components, unsubscribes and resubscribes", async ({ page }) => {
  const email = newEmail();
  const row = await e2eDb().subscriber.create({ data: { pageId: DEFAULT_PAGE_ID, email, state: "confirmed", confirmedAt: new Date() } });
  await page.goto(`/subscribe/manage?token=${encodeURIComponent(signManageToken(await instanceSecret(e2eDb()), row.id))}`);
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByText("Subscribed: you get an email when there is news.")).toBeVisible();

  await page.getByLabel("Only the components I choose").check();
  await page.getByLabel(component.name).check();
  await page.getByRole("button", { name: "Save choices" }).click();
  await expect(page.getByText("Saved: you will hear about the components you chose.")).toBeVisible();
  expect(await subscriber(email)).toMatchObject({ state: "confirmed", allComponents: false, components: [{ componentId: component.id }] });

  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByText("You are unsubscribed and will get no more emails.", { exact: false })).toBeVisible();
  expect((await subscriber(email)).state).toBe("unsubscribed");

  await page.getByRole("button", { name: "Resubscribe" }).click();
  await expect(page.getByText("You are subscribed: you will get an email when there is news.")).toBeVisible();
  expect(await subscriber(email)).toMatchObject({ state: "confirmed", allComponents: false });
});

test("one-click unsubscribe works as a mail provider sends it: a POST without cookies", async ({ baseURL }) => {
  const email = newEmail();
  const row = await e2eDb().subscriber.create({ data: { pageId: DEFAULT_PAGE_ID, email, state: "confirmed", confirmedAt: new Date() } });
  const url = `/subscribe/unsubscribe?token=${encodeURIComponent(signManageToken(await instanceSecret(e2eDb()), row.id))}`;
  // A fresh request context: no cookies, and an Origin of another site.
  const provider = await requestContext.newContext({ baseURL, extraHTTPHeaders: { Origin: "https://mail.example.net" } });
  try {
    const opened = await provider.get(url, { maxRedirects: 0 });
    expect(opened.status()).toBe(303);
    expect(opened.headers().location).toMatch(/^\/subscribe\/manage\?token=/);
    expect((await subscriber(email)).state).toBe("confirmed");

    const response = await provider.post(url, { form: { "List-Unsubscribe": "One-Click" } });
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("You are unsubscribed");
    expect((await subscriber(email)).state).toBe("unsubscribed");
    expect((await provider.post(url, { multipart: { "List-Unsubscribe": "One-Click" } })).status()).toBe(200);

    const forged = await provider.post(`/subscribe/unsubscribe?token=${row.id}.forged`, { form: { "List-Unsubscribe": "One-Click" } });
    expect(forged.status()).toBe(400);
    expect(await forged.text()).toContain("This link is not valid");
  } finally {
    await provider.dispose();
  }
});
