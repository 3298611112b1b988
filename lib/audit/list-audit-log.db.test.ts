import { describe, expect, it } from "vitest";
import { type Actor, commandLineActor } from "../auth/actor";
import { ensurePage } from "../pages/ensure-page";
import { updatePageSettings } from "../pages/update-page-settings";
import { withTestDatabase } from "../testing/with-test-database";
import { listAuditLog } from "./list-audit-log";

const db = withTestDatabase();

const admin: Actor = { kind: "user", id: "a", email: "admin@example.com", role: "admin" };
const editor: Actor = { kind: "user", id: "e", email: "editor@example.com", role: "editor" };
const token: Actor = { kind: "token", id: "t", name: "bot" };

async function freshPage(): Promise<string> {
  const page = await db().page.create({ data: { name: "Audited" } });
  return page.id;
}

async function addEntries(pageId: string, times: Date[]): Promise<void> {
  for (const [index, createdAt] of times.entries()) {
    await db().auditLog.create({
      data: { pageId, actorLabel: `person${index}@example.com`, action: "test.entry", targetType: "thing", targetId: `t${index}`, createdAt },
    });
  }
}

describe("listAuditLog", () => {
  it("lists what lib recorded, newest first, with its details parsed", async () => {
    const { id: pageId } = await ensurePage();
    await updatePageSettings(commandLineActor, { name: "First" });
    await updatePageSettings(commandLineActor, { supportContact: "help@example.com" });
    const result = await listAuditLog(admin, { pageId, limit: 10 });
    expect(result?.entries).toEqual([
      expect.objectContaining({ actorLabel: "command line", action: "page.update", targetType: "page", targetId: pageId, details: { changed: ["supportContact"] } }),
      expect.objectContaining({ details: { changed: ["name"] } }),
    ]);
    expect(result?.entries[0]?.createdAt).toBeInstanceOf(Date);
    expect(result?.older).toBeNull();
  });

  it("pages through entries without skipping or repeating any, even at the same instant", async () => {
    const pageId = await freshPage();
    const tie = new Date("2026-03-01T10:00:00.000Z");
    await addEntries(pageId, [new Date("2026-03-01T09:00:00.000Z"), tie, tie, tie, new Date("2026-03-01T11:00:00.000Z")]);
    const seen: string[] = [];
    let before: string | undefined;
    for (let pages = 0; pages < 5; pages += 1) {
      const result = await listAuditLog(admin, { pageId, limit: 2, before });
      if (!result) throw new Error("the cursor was not found");
      seen.push(...result.entries.map((entry) => entry.targetId ?? "?"));
      if (!result.older) break;
      before = result.older;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect(seen[0]).toBe("t4");
    expect(seen.at(-1)).toBe("t0");
  });

  it("keeps each page's entries to itself and answers null for another page's cursor", async () => {
    const mine = await freshPage();
    const other = await freshPage();
    await addEntries(mine, [new Date()]);
    await addEntries(other, [new Date()]);
    const theirs = await db().auditLog.findFirstOrThrow({ where: { pageId: other } });
    const result = await listAuditLog(admin, { pageId: mine, limit: 10 });
    expect(result?.entries).toHaveLength(1);
    expect(result?.entries.map((entry) => entry.id)).not.toContain(theirs.id);
    expect(await listAuditLog(admin, { pageId: mine, limit: 10, before: theirs.id })).toBeNull();
  });

  it("gives null details for none or for text that is not JSON", async () => {
    const pageId = await freshPage();
    await db().auditLog.create({ data: { pageId, actorLabel: "x", action: "a", targetType: "b", details: "{not json" } });
    const result = await listAuditLog(admin, { pageId, limit: 5 });
    expect(result?.entries[0]?.details).toBeNull();
  });

  it("is for owners and admins only, and checks its input", async () => {
    const pageId = await freshPage();
    await expect(listAuditLog(editor, { pageId, limit: 5 })).rejects.toMatchObject({ code: "forbidden" });
    await expect(listAuditLog(token, { pageId, limit: 5 })).rejects.toMatchObject({ code: "forbidden" });
    await expect(listAuditLog(admin, { pageId, limit: 0 })).rejects.toMatchObject({ code: "validation", fields: { limit: expect.any(String) } });
  });
});
