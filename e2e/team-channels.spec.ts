import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { hashSecretToken } from "../lib/auth/secret-token";
import { createDatabaseClient, type Db } from "../lib/database/client";
import { parseDatabaseUrl } from "../lib/database/url";
import { DEFAULT_PAGE_ID } from "../lib/pages/default-page";
import { startWebhookReceiver, type WebhookReceiver } from "../lib/testing/webhook-receiver";
import { type BeaconServer, startBeacon } from "./support/beacon-server";
import { signInAs } from "./support/session";

// An admin sets up a Slack channel on the dashboard, sends a test message and sees the
// receiver's answer, then an incident posted through the API arrives in the channel once and
// is listed with its answer. A Beacon of its own: only BEACON_ALLOW_PRIVATE_WEBHOOKS lets it
// post to the receiver on 127.0.0.1, which the suite's server must keep refusing.

const port = Number(process.env.BEACON_E2E_PORT ?? 3100) + 30;
let server: BeaconServer | undefined;
let receiver: WebhookReceiver | undefined;
let db: Db | undefined;
let dataDir = "";

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-channels-"));
  const databaseUrl = `file:${path.join(dataDir, "beacon.db")}`;
  server = await startBeacon({ port, databaseUrl, dataDir, env: { BEACON_ALLOW_PRIVATE_WEBHOOKS: "true" } });
  db = createDatabaseClient(parseDatabaseUrl(databaseUrl));
  receiver = await startWebhookReceiver();
});

test.afterAll(async () => {
  await receiver?.stop();
  await db?.$disconnect();
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test("set up a Slack channel, test it, and see an incident posted there once with its answer", async ({ page, context }) => {
  const beacon = server!;
  const chat = receiver!;
  await signInAs(context, beacon.url, "admin", db);
  await page.goto(`${beacon.url}/admin`);
  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Channels", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Team channels" })).toBeVisible();

  // A mistake first: no kind of news chosen. The message says so and nothing is saved.
  await page.getByRole("radio", { name: "Slack", exact: true }).check();
  await page.getByLabel(/^Name/).fill("#ops on Slack");
  await page.getByRole("textbox", { name: "Webhook URL" }).fill(`${chat.url}/services/T0/B0/XoXoCredential42`);
  await page.getByRole("checkbox", { name: /^Incidents/ }).uncheck();
  await page.getByRole("checkbox", { name: /^Maintenance/ }).uncheck();
  await page.getByRole("button", { name: "Add channel" }).click();
  await expect(page.getByText("Choose at least one kind of news to post.")).toBeVisible();
  await expect(page.getByText("Nothing was saved: please correct the marked fields.")).toBeVisible();

  await page.getByRole("textbox", { name: "Webhook URL" }).fill(`${chat.url}/services/T0/B0/XoXoCredential42`);
  await page.getByRole("checkbox", { name: /^Incidents/ }).check();
  await page.getByRole("button", { name: "Add channel" }).click();
  await expect(page.getByRole("status").filter({ hasText: "“#ops on Slack” added." })).toBeVisible();
  // Listed with its URL cut short: the rest is a credential.
  await expect(page.getByText(`${chat.url}/services/T0/…`).first()).toBeVisible();
  expect(await page.content()).not.toContain("XoXoCredential42");

  await page.getByRole("link", { name: "#ops on Slack" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /#ops on Slack/ })).toBeVisible();
  await page.getByRole("button", { name: "Send a test message" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Test message delivered (HTTP 200: ok)" })).toBeVisible({ timeout: 20_000 });
  expect(chat.accepted).toHaveLength(1);
  expect(JSON.parse(chat.accepted[0]!.body).text).toContain("Test message");

  const token = `bcn_${randomBytes(32).toString("base64url")}`;
  await db!.apiToken.create({ data: { pageId: DEFAULT_PAGE_ID, name: "channels e2e", tokenHash: hashSecretToken(token), prefix: token.slice(0, 10) } });
  const response = await fetch(`${beacon.url}/api/v1/incidents`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ incident: { name: "Checkout answers 502", status: "investigating", impact: "major", body: "Proxies answer **502 Bad Gateway**." } }),
  });
  expect(response.status).toBe(201);
  await chat.waitFor(2, 30_000);
  const posted = JSON.parse(chat.accepted[1]!.body);
  expect(posted.text).toContain("Checkout answers 502");
  expect(JSON.stringify(posted.blocks)).toContain("*502 Bad Gateway*");

  await expect(async () => {
    await page.reload();
    const deliveries = page.getByRole("region", { name: "Last deliveries" });
    await expect(deliveries.getByText("Delivered")).toBeVisible({ timeout: 1_000 });
    await expect(deliveries.getByText("Answer: HTTP 200: ok")).toBeVisible({ timeout: 1_000 });
    await expect(deliveries.getByRole("link", { name: "Checkout answers 502 — Investigating" })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  expect(chat.accepted).toHaveLength(2);

  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Paused" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 }).getByText("paused")).toBeVisible();
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the team channel pages have no accessibility violations (${colorScheme})`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await signInAs(context, server!.url, "owner", db);
    const channel = await db!.subscriber.findFirstOrThrow({ where: { teamChannel: true }, select: { id: true } });
    for (const target of ["/admin/channels", `/admin/channels/${channel.id}`]) {
      await page.goto(`${server!.url}${target}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${target} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
    }
    await context.close();
  });
}
