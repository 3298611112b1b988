import { expect, test } from "@playwright/test";
import { DEFAULT_PAGE_ID } from "../lib/pages/default-page";
import { e2eDb, uniqueName } from "./support/db";

// The home page reads the page's components and their statuses from the database.

const groupName = uniqueName("Checkout");
const names = { payments: uniqueName("Payments"), cart: uniqueName("Cart"), docs: uniqueName("Docs") };
let groupId: string;

test.beforeAll(async () => {
  const db = e2eDb();
  await db.page.upsert({ where: { id: DEFAULT_PAGE_ID }, create: { id: DEFAULT_PAGE_ID, name: "Status" }, update: {} });
  const group = await db.componentGroup.create({ data: { pageId: DEFAULT_PAGE_ID, name: groupName, position: 900 } });
  groupId = group.id;
  await db.component.createMany({
    data: [
      { pageId: DEFAULT_PAGE_ID, groupId, name: names.payments, status: "major_outage", position: 1 },
      { pageId: DEFAULT_PAGE_ID, groupId, name: names.cart, status: "operational", position: 2, description: "Basket and totals" },
      { pageId: DEFAULT_PAGE_ID, name: names.docs, status: "degraded_performance", position: 901 },
    ],
  });
});

test.afterAll(async () => {
  const db = e2eDb();
  await db.component.deleteMany({ where: { name: { in: Object.values(names) } } });
  await db.componentGroup.deleteMany({ where: { id: groupId } });
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("shows each component's status in words inside its group", async ({ page }) => {
      const response = await page.goto("/");
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

      const group = page.getByRole("region", { name: groupName });
      await expect(group.getByRole("heading", { name: groupName })).toBeVisible();
      const payments = group.getByRole("listitem").filter({ hasText: names.payments });
      await expect(payments).toContainText("Major outage");
      const cart = group.getByRole("listitem").filter({ hasText: names.cart });
      await expect(cart).toContainText("Operational");
      await expect(cart).toContainText("Basket and totals");

      const docs = page.getByRole("listitem").filter({ hasText: names.docs });
      await expect(docs).toContainText("Degraded performance");
      await expect(group.getByRole("listitem").filter({ hasText: names.docs })).toHaveCount(0);
    });
  });
}

test("health reports the database as reachable", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "ok" });
});
