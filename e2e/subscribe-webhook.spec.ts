import { randomUUID } from "node:crypto";
import { type Page, expect, test } from "@playwright/test";
import { DEFAULT_PAGE_ID } from "../lib/pages/default-page";
import { e2eDb, uniqueName } from "./support/db";
import { createComponent, deleteRows } from "./support/factories";

// A visitor subscribes a webhook on /subscribe's Webhook tab: refused URLs get their reason,
// a good one is active at once and shows its secret once; the manage link then shows the
// endpoint and unsubscribes it. Without JavaScript first, then with it (and its looks).

const emails: string[] = [];
let component = { id: "", name: "" };
const shots = process.env.BEACON_SCREENSHOT_DIR;

function newEmail(): string {
  const email = `hook-${randomUUID().slice(0, 8)}@example.test`;
  emails.push(email);
  return email;
}

async function fillWebhook(page: Page, endpoint: string, email: string) {
  await page.getByLabel("Endpoint URL").fill(endpoint);
  await page.getByLabel("Email address for failure notices").fill(email);
  await page.getByRole("button", { name: "Subscribe webhook" }).click();
}

test.beforeAll(async () => {
  component = await createComponent({ name: uniqueName("Payments API") });
});

test.afterAll(async () => {
  await e2eDb().subscriber.deleteMany({ where: { email: { in: emails } } });
  await e2eDb().subscribeAttempt.deleteMany({ where: { email: { in: emails } } });
  await deleteRows({ components: [component.id] });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("refuses bad endpoints with their reason, then subscribes one to a component and shows its secret", async ({ page }) => {
    const email = newEmail();
    await page.goto("/subscribe");
    await page.getByRole("link", { name: "Webhook" }).click();
    await expect(page.getByRole("link", { name: "Webhook" })).toHaveAttribute("aria-current", "page");
    await fillWebhook(page, "http://hooks.example.com/status", email);
    await expect(page.getByText("The URL must be an https:// URL (got http://).")).toBeVisible();
    await fillWebhook(page, "https://127.0.0.1/status", email);
    await expect(page.getByText(/points at a loopback address/)).toBeVisible();
    if (shots) await page.screenshot({ path: `${shots}/webhook-error-nojs.png`, fullPage: true });
    await page.getByLabel("Only the components I choose").check();
    await page.getByLabel(component.name).check();
    await fillWebhook(page, "https://hooks.example.com/status", email);
    const created = page.getByRole("status").filter({ hasText: "Webhook subscribed" });
    await expect(created).toBeVisible();
    const secret = await page.getByLabel(/Signing secret/).inputValue();
    expect(secret).toMatch(/^whsec_/);
    if (shots) await page.screenshot({ path: `${shots}/webhook-created-nojs.png`, fullPage: true });
    const row = await e2eDb().subscriber.findFirstOrThrow({
      where: { pageId: DEFAULT_PAGE_ID, email },
      select: { channel: true, state: true, endpoint: true, components: { select: { componentId: true } } },
    });
    expect(row).toEqual({ channel: "webhook", state: "confirmed", endpoint: "https://hooks.example.com/status", components: [{ componentId: component.id }] });
    await page.getByRole("link", { name: "manage this webhook" }).click();
    await expect(page.getByText("https://hooks.example.com/status")).toBeVisible();
    await expect(page.getByText("Subscribed: each update is sent to the endpoint.")).toBeVisible();
    await page.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(page.getByText("The webhook is unsubscribed", { exact: false })).toBeVisible();
    if (shots) await page.screenshot({ path: `${shots}/webhook-manage-nojs.png`, fullPage: true });
    await page.getByRole("button", { name: "Resubscribe" }).click();
    await expect(page.getByText("The webhook is subscribed: each update is sent to it.")).toBeVisible();
    await expect.poll(async () => (await e2eDb().subscriber.findFirstOrThrow({ where: { email }, select: { state: true } })).state).toBe("confirmed");
  });
});

test("with JavaScript, in light, dark and at phone width, the form submits from the keyboard", async ({ page }) => {
  const email = newEmail();
  await page.goto("/subscribe?via=webhook");
  if (shots) await page.screenshot({ path: `${shots}/webhook-light.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: "dark" });
  if (shots) await page.screenshot({ path: `${shots}/webhook-dark.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  if (shots) await page.screenshot({ path: `${shots}/webhook-mobile-dark.png`, fullPage: true });
  await page.getByLabel("Endpoint URL").fill("https://hooks.example.com/keyboard");
  await page.getByLabel("Email address for failure notices").fill(email);
  await page.getByLabel("Email address for failure notices").press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Webhook subscribed" })).toBeVisible();
  if (shots) await page.screenshot({ path: `${shots}/webhook-created-mobile-dark.png`, fullPage: true });
});
