import { expect, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { createTestToken } from "./support/api-token";
import { gotoWhen, SNAPSHOT_TEST_TIMEOUT } from "./support/eventually";
import { deleteRows } from "./support/factories";
import { signInAs } from "./support/session";

// Waits for the snapshot to show edits, each with a generous timeout (support/eventually.ts).
test.describe.configure({ timeout: SNAPSHOT_TEST_TIMEOUT });

// Titles and messages come from webmasters' tools and may carry markup. Posted through the
// API, every payload must render inert on every public surface and in the dashboard.

const payloads = [
  `<script>window.__xss=1</script>`,
  `<img src=x onerror="window.__xss=1">`,
  `"><svg onload="window.__xss=1">`,
  `[click me](javascript:window.__xss=1)`,
  `[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
  `<a href="javascript:window.__xss=1">link</a>`,
  `![x](x" onerror="window.__xss=1)`,
  `<iframe src="javascript:window.__xss=1"></iframe>`,
];

test("XSS payloads in incident titles and messages render inert everywhere", async ({ page, context, baseURL, request }) => {
  const { headers, remove } = await createTestToken();
  const user = await signInAs(context, baseURL ?? "", "editor");
  const name = `XSS ${Date.now()} ${payloads[0]} ${payloads[1]}`;
  const body = payloads.join("\n\n");
  const response = await request.post("/api/v1/incidents", { headers, data: { name, status: "investigating", body, deliver_notifications: false } });
  expect(response.status()).toBe(201);
  const id: string = (await response.json()).id;
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  try {
    for (const path of ["/", `/incidents/${id}`, "/history", "/admin", `/admin/incidents/${id}`]) {
      await gotoWhen(page, path, () => expect(page.getByText(`XSS ${name.split(" ")[1]}`).first()).toBeVisible());
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), path).toBeUndefined();
      expect(await page.locator("[onerror], [onload], iframe, a[href^='javascript:' i], a[href^='data:' i]").count(), path).toBe(0);
      // The dashboard's framework payload carries the text inside JavaScript strings, inert;
      // the public pages have no script but Beacon's own.
      if (!path.startsWith("/admin")) expect(await page.locator("script", { hasText: "__xss" }).count(), path).toBe(0);
    }
    expect(dialogs).toEqual([]);

    const summary = await (await request.get("/api/v2/incidents/unresolved.json")).json();
    expect(summary.incidents.find((incident: { id: string }) => incident.id === id)?.name).toBe(name);
    const atom = await (await request.get("/history.atom")).text();
    const feed = new XMLParser({ ignoreAttributes: false }).parse(atom);
    const entries = [feed.feed.entry].flat();
    const titles = entries.map((entry: { title: string | { "#text": string } }) => (typeof entry.title === "string" ? entry.title : entry.title["#text"]));
    expect(titles).toContain(name);
  } finally {
    await deleteRows({ incidents: [id] });
    await remove();
    await user.remove();
  }
});
