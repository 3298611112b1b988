import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { ensurePage } from "../pages/ensure-page";
import { withTestDatabase } from "../testing/with-test-database";
import { countSubscribers, listSubscribers, SUBSCRIBERS_PAGE_SIZE } from "./list-subscribers";
import { createConfirmedSubscribers } from "./testing/create-subscribers";

const db = withTestDatabase();

const admin: Actor = { kind: "user", id: "admin-id", email: "admin@example.com", role: "admin" };
const editor: Actor = { kind: "user", id: "editor-id", email: "editor@example.com", role: "editor" };
const token: Actor = { kind: "token", id: "token-id", name: "bot" };

let pageId = "";

beforeAll(async () => {
  pageId = (await ensurePage()).id;
  const component = await db().component.create({ data: { pageId, name: "API", position: 1 } });
  await createConfirmedSubscribers(db(), pageId, 60, { prefix: "bulk" });
  await createConfirmedSubscribers(db(), pageId, 1, { prefix: "picky", componentIds: [component.id] });
  await db().subscriber.createMany({
    data: [
      { pageId, email: "alice.pending@example.org", state: "pending" },
      { pageId, email: "bob_left@example.org", state: "unsubscribed", unsubscribedAt: new Date() },
      { pageId, email: "bobxleft@example.org", state: "failed", lastError: "550 mailbox unavailable" },
    ],
  });
  // Another page's subscriber never shows.
  const other = await db().page.create({ data: { name: "Other" } });
  await db().subscriber.create({ data: { pageId: other.id, email: "alice.other@example.org", state: "confirmed" } });
});

describe("listSubscribers", () => {
  it("counts every state of the page", async () => {
    expect(await countSubscribers(admin, pageId)).toEqual({ pending: 1, confirmed: 61, unsubscribed: 1, failed: 1, total: 64 });
  });

  it("pages through everyone, newest first", async () => {
    const first = await listSubscribers(admin, { pageId });
    expect(first.subscribers).toHaveLength(SUBSCRIBERS_PAGE_SIZE);
    expect(first).toMatchObject({ matching: 64, page: 1, pageCount: 2 });
    const second = await listSubscribers(admin, { pageId, page: 2 });
    expect(second.subscribers).toHaveLength(14);
    const ids = new Set([...first.subscribers, ...second.subscribers].map((s) => s.id));
    expect(ids.size).toBe(64);
  });

  it("searches addresses case-insensitively, by substring", async () => {
    const result = await listSubscribers(admin, { pageId, query: "  ALICE " });
    expect(result.subscribers.map((s) => s.email)).toEqual(["alice.pending@example.org"]);
    expect(result.matching).toBe(1);
  });

  it("means % and _ literally in a search", async () => {
    expect((await listSubscribers(admin, { pageId, query: "bob_" })).subscribers.map((s) => s.email)).toEqual(["bob_left@example.org"]);
    expect((await listSubscribers(admin, { pageId, query: "%" })).matching).toBe(0);
  });

  it("filters by state and shows components, errors and dates", async () => {
    const failed = await listSubscribers(admin, { pageId, state: "failed" });
    expect(failed.subscribers).toEqual([expect.objectContaining({ email: "bobxleft@example.org", lastError: "550 mailbox unavailable", components: null })]);
    const picky = await listSubscribers(admin, { pageId, query: "picky", state: "confirmed" });
    expect(picky.subscribers[0]).toMatchObject({ components: ["API"], confirmedAt: expect.any(Date) });
    expect((await listSubscribers(admin, { pageId, query: "picky", state: "pending" })).matching).toBe(0);
  });

  it("refuses editors and API tokens, and a bad state", async () => {
    await expect(listSubscribers(editor, { pageId })).rejects.toMatchObject({ code: "forbidden" });
    await expect(countSubscribers(token, pageId)).rejects.toMatchObject({ code: "forbidden" });
    await expect(listSubscribers(admin, { pageId, state: "gone" as never })).rejects.toMatchObject({ code: "validation" });
  });
});
