import { type Browser, expect, type Page, test } from "@playwright/test";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { hashPassword } from "../lib/auth/password";
import { hashSecretToken } from "../lib/auth/secret-token";
import { SESSION_TOKEN_PREFIX, sessionExpiry } from "../lib/auth/session-policy";
import { createDatabaseClient, type Db } from "../lib/database/client";
import { parseDatabaseUrl } from "../lib/database/url";
import { DEFAULT_PAGE_ID } from "../lib/pages/default-page";
import { signManageToken } from "../lib/subscribers/subscriber-tokens";
import { holdWriteLock } from "../lib/testing/hold-write-lock";
import { type BeaconServer, startBeacon } from "./support/beacon-server";
import { instanceSecret } from "./support/instance-secret";

// Regression (issue 9, defects 2, 3 and 6): with another process holding SQLite's write lock,
// a bad token or a sign-in froze the whole server in the driver's busy wait (public GETs took
// 5 s), API writes answered 500, /api/health said ok, and after the lock every transactional
// write failed with P2028 until a restart (even revoking a token). Its own Beacon and file.

const port = Number(process.env.BEACON_E2E_PORT ?? 3100) + 21;
const BUSY_FORM_MESSAGE = "The database is busy; nothing was saved. Try again in a few seconds.";
const LOCK_MS = 10_000;

type Timed = { path: string; status: number; ms: number };

/** Two visitors refreshing the public page and its JSON until `done` resolves. */
async function visitWhile(url: string, done: Promise<unknown>): Promise<Timed[]> {
  const answers: Timed[] = [];
  let finished = false;
  void done.then(() => (finished = true));
  const visitor = async (target: string) => {
    while (!finished) {
      const started = performance.now();
      const response = await fetch(`${url}${target}`, { signal: AbortSignal.timeout(15_000) });
      await response.arrayBuffer();
      answers.push({ path: target, status: response.status, ms: performance.now() - started });
    }
  };
  await Promise.all([visitor("/api/v2/status.json"), visitor("/")]);
  return answers;
}

async function signedInPage(browser: Browser, server: BeaconServer, db: Db): Promise<Page> {
  const email = `lock-${randomBytes(4).toString("hex")}@example.com`;
  const user = await db.user.create({ data: { email, role: "admin", passwordHash: await hashPassword(randomBytes(12).toString("hex")) } });
  const token = `${SESSION_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const expiresAt = sessionExpiry(new Date());
  await db.session.create({ data: { userId: user.id, tokenHash: hashSecretToken(token), expiresAt } });
  const context = await browser.newContext();
  await context.addCookies([{ name: "beacon_session", value: token, url: server.url, httpOnly: true, sameSite: "Lax" }]);
  return context.newPage();
}

const p99 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil(values.length * 0.99) - 1)] ?? 0;

test("SQLite locked by another process for 10 s: pages keep answering, writes answer 503 or succeed, health says degraded, and every write works afterwards", async ({ browser }) => {
  test.setTimeout(180_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-locked-"));
  const databaseUrl = `file:${path.join(dataDir, "beacon.db")}`;
  const server = await startBeacon({ port, databaseUrl, dataDir });
  const db = createDatabaseClient(parseDatabaseUrl(databaseUrl));
  try {
    const apiToken = `bcn_${randomBytes(32).toString("base64url")}`;
    const tokenName = `lock test ${randomBytes(3).toString("hex")}`;
    await db.apiToken.create({ data: { pageId: DEFAULT_PAGE_ID, name: tokenName, tokenHash: hashSecretToken(apiToken), prefix: apiToken.slice(0, 10) } });
    const api = (method: string, target: string, token = apiToken, body?: unknown) =>
      fetch(`${server.url}/api/v1${target}`, {
        method,
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
    const dashboard = await signedInPage(browser, server, db);
    await dashboard.goto(`${server.url}/admin/components`);
    const signIn = await (await browser.newContext()).newPage();
    await signIn.goto(`${server.url}/admin/login`);
    await signIn.getByLabel("Email address").fill("nobody@example.com");
    await signIn.getByLabel("Password").fill("not the password");
    const componentForm = dashboard.getByRole("form", { name: "Add a component" });
    await componentForm.getByLabel("Name", { exact: true }).fill("Written during the lock");
    const visitor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await visitor.goto(`${server.url}/subscribe`);
    await visitor.getByLabel("Email address").fill(`visitor-${randomBytes(4).toString("hex")}@example.com`);
    const leaving = await db.subscriber.create({ data: { pageId: DEFAULT_PAGE_ID, email: `leaving-${randomBytes(4).toString("hex")}@example.com`, state: "confirmed", confirmedAt: new Date() } });
    const secret = await instanceSecret(db);
    const oneClick = () =>
      fetch(`${server.url}/subscribe/unsubscribe?token=${encodeURIComponent(signManageToken(secret, leaving.id))}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
        signal: AbortSignal.timeout(30_000),
      });

    const lock = await holdWriteLock(databaseUrl, { tables: [], maxMs: 60_000 });
    const released = new Promise((resolve) => setTimeout(resolve, LOCK_MS)).then(() => lock.release());
    const [answers, health, write, badToken, unsubscribed] = await Promise.all([
      visitWhile(server.url, released),
      fetch(`${server.url}/api/health`).then(async (response) => ({ status: response.status, body: await response.json() })),
      api("POST", "/components", apiToken, { name: "Written by the API during the lock" }),
      api("GET", "/components", "bcn_not-a-real-token"),
      oneClick(),
      visitor.getByRole("button", { name: "Subscribe" }).click(),
      componentForm.getByRole("button", { name: "Add component" }).click(),
      signIn.getByRole("button", { name: "Sign in" }).click(),
    ]);

    // Public GETs come from the snapshot: all answered, none waiting seconds on the lock.
    const times = answers.map((answer) => answer.ms);
    console.info(`public GETs during the lock: ${answers.length}, p99 ${p99(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms; API write ${write.status}, bad token ${badToken.status}`);
    expect(answers.filter((answer) => answer.status !== 200)).toEqual([]);
    expect(Math.max(...times), "the longest public GET (the busy wait stalled them 5 s)").toBeLessThan(3_000);
    expect(health).toMatchObject({ status: 200, body: { status: "degraded", database: "degraded" } });
    for (const response of [write, badToken]) {
      // Refused while locked, or done once the lock went: never a 500, never a hang.
      if (response.status === 503) {
        expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
        expect((await response.json()).error).toMatchObject({ code: "unavailable", message: BUSY_FORM_MESSAGE });
      } else expect([201, 401]).toContain(response.status);
    }
    // A mail provider's one-click unsubscribe is told when to come back.
    if (unsubscribed.status === 503) {
      expect(Number(unsubscribed.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await unsubscribed.text()).toContain(BUSY_FORM_MESSAGE);
    } else expect(unsubscribed.status).toBe(200);
    // The public subscribe form says the database is busy, not that something broke.
    await expect(visitor.getByText(/database is busy|check your inbox/i).first()).toBeVisible({ timeout: 30_000 });
    await expect(visitor.getByText("Something went wrong")).toHaveCount(0);
    await expect(componentForm.getByRole("status")).toHaveText(new RegExp(`${BUSY_FORM_MESSAGE.replace(/[.;]/g, "\\$&")}|Added`), { timeout: 30_000 });
    await expect(signIn.getByRole("alert").filter({ hasText: /database is busy|do not match/ })).toBeVisible({ timeout: 30_000 });
    await released;

    // Afterwards, without a restart: health, API writes, dashboard forms and revoking a token.
    await expect.poll(async () => (await (await fetch(`${server.url}/api/health`)).json()).database, { timeout: 30_000 }).toBe("ok");
    expect((await api("POST", "/components", apiToken, { name: "Written after the lock" })).status).toBe(201);
    expect((await oneClick()).status).toBe(200);
    await dashboard.goto(`${server.url}/admin/tokens`);
    await dashboard.getByLabel(`Yes, revoke “${tokenName}”`).check();
    await dashboard.getByRole("button", { name: `Revoke token ${tokenName}` }).click();
    // A revoked token's form goes away and its heading says so.
    await expect(dashboard.getByRole("heading", { name: `${tokenName} revoked` })).toBeVisible({ timeout: 30_000 });
    expect((await api("GET", "/components")).status).toBe(401);
    expect(server.output()).not.toMatch(/api request failed|P2028/);
  } finally {
    await db.$disconnect();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
