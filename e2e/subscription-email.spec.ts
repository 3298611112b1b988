import { randomUUID } from "node:crypto";
import { type BrowserContext, type Page, expect, request as requestContext, test } from "@playwright/test";
import type { ParsedMail } from "mailparser";
import { DEFAULT_PAGE_ID } from "../lib/pages/default-page";
import { e2eDb, uniqueName } from "./support/db";
import { createComponent, createIncident, deleteRows } from "./support/factories";
import { linkIn, mailsTo, waitForMail } from "./support/mailbox";
import { signInAs } from "./support/session";

// The whole round trip through a real SMTP listener: a visitor subscribes, confirms from the
// emailed link, hears about a webmaster's update, unsubscribes in one click as a mail provider
// would, and hears nothing more.

function header(mail: ParsedMail, name: string): string | undefined {
  return mail.headerLines.find((line) => line.key === name)?.line.replace(/^[^:]+:\s*/, "").replace(/\r?\n\s+/g, " ");
}

async function postUpdate(page: Page, incidentId: string, status: string, body: string) {
  await page.goto(`/admin/incidents/${incidentId}`);
  await page.getByRole("radio", { name: status, exact: true }).check();
  await page.getByLabel("Message").fill(body);
  await expect(page.getByLabel("Notify subscribers")).toBeChecked();
  await page.getByRole("button", { name: "Post update" }).click();
  await expect(page.getByRole("status").filter({ hasText: /posted/i })).toBeVisible();
}

async function subscriberState(email: string) {
  return (await e2eDb().subscriber.findFirstOrThrow({ where: { pageId: DEFAULT_PAGE_ID, email }, select: { state: true } })).state;
}

test("subscribe, confirm, get the update by email, unsubscribe in one click, get nothing more", async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  const email = `reader-${Date.now().toString(36)}-${randomUUID().slice(0, 8)}@example.test`;
  // Subscribed to this component only, so other specs' incidents never write to this address.
  const component = await createComponent({ name: uniqueName("Payments API") });
  const incident = await createIncident({
    name: uniqueName("Payments answer 502 Bad Gateway"),
    status: "investigating",
    componentIds: [component.id],
    startedMinutesAgo: 5,
    updates: [{ status: "investigating", body: "We are looking into it.", minutesAgo: 5 }],
  });
  let webmaster: BrowserContext | undefined;
  let removeUser: () => Promise<unknown> = async () => {};
  try {
    await page.goto("/");
    await page.getByRole("link", { name: "Subscribe to updates" }).click();
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Only the components I choose").check();
    await page.getByLabel(component.name).check();
    await page.getByRole("button", { name: "Subscribe" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Check your inbox" })).toBeVisible();

    const confirmation = await waitForMail(email, /confirm/i);
    const confirmUrl = linkIn(confirmation, `${baseURL}/subscribe/confirm?token=`);
    await page.goto(confirmUrl);
    expect(await subscriberState(email)).toBe("pending");
    await page.getByRole("button", { name: "Confirm my subscription" }).click();
    await expect.poll(() => subscriberState(email), { timeout: 30_000 }).toBe("confirmed");

    webmaster = await browser.newContext();
    removeUser = (await signInAs(webmaster, baseURL ?? "", "editor")).remove;
    const admin = await webmaster.newPage();
    const message = `Found it: a bad deploy of the payments proxy ${randomUUID().slice(0, 6)}.`;
    await postUpdate(admin, incident.id, "Identified", message);

    const update = await waitForMail(email, new RegExp(incident.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    expect(update.subject).toContain("Identified");
    expect(update.text).toContain(message);
    expect(update.text).toContain(component.name);
    expect(update.text).toContain(`${baseURL}/incidents/${incident.id}`);
    expect(update.html).toContain(message);
    expect(header(update, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    const unsubscribeUrl = header(update, "list-unsubscribe")?.match(/^<(https?:\/\/[^>]+)>$/)?.[1];
    expect(unsubscribeUrl).toBeDefined();
    expect(update.text).toContain(`${baseURL}/subscribe/manage?token=`);

    // What a mail provider does for RFC 8058: a POST with this body, no cookies, no page.
    const provider = await requestContext.newContext();
    const response = await provider.post(unsubscribeUrl!, { form: { "List-Unsubscribe": "One-Click" } });
    expect(response.status()).toBe(200);
    await provider.dispose();
    expect(await subscriberState(email)).toBe("unsubscribed");

    await postUpdate(admin, incident.id, "Monitoring", "A fix is out; we are watching the error rate.");
    const latest = await e2eDb().incidentUpdate.findFirstOrThrow({ where: { incidentId: incident.id }, orderBy: { createdAt: "desc" } });
    await expect
      .poll(async () => (await e2eDb().notification.findFirst({ where: { incidentUpdateId: latest.id } }))?.fannedOutAt ?? null)
      .not.toBeNull();
    // The update was fanned out without a delivery for this address, so no email can follow:
    // its only two deliveries are the ones that arrived.
    await expect
      .poll(async () => (await e2eDb().delivery.findMany({ where: { subscriber: { email } }, select: { status: true } })).map((d) => d.status))
      .toEqual(["sent", "sent"]);
    expect((await mailsTo(email)).map((mail) => mail.subject)).toEqual([confirmation.subject, update.subject]);
  } finally {
    await webmaster?.close();
    await removeUser();
    await e2eDb().subscriber.deleteMany({ where: { email } });
    await e2eDb().subscribeAttempt.deleteMany({ where: { email } });
    await deleteRows({ incidents: [incident.id], components: [component.id] });
  }
});

test.describe("in a time zone other than the page's", () => {
  test.use({ timezoneId: "America/New_York" });

  // Regression: the time-zone script rewrote text before React hydrated, React re-rendered the
  // whole page, and an address typed meanwhile was lost.
  test("what a visitor types before the form's script loads survives", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto("/subscribe", { waitUntil: "commit" });
    await page.getByLabel("Email address").fill("early-typist@example.test");
    await page.waitForLoadState("networkidle");
    await expect(page.locator("#tz-note")).toContainText("America/New_York");
    await expect(page.getByLabel("Email address")).toHaveValue("early-typist@example.test");
    expect(errors).toEqual([]);
  });
});
