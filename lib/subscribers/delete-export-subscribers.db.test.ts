import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { ensurePage } from "../pages/ensure-page";
import { withTestDatabase } from "../testing/with-test-database";
import { deleteSubscriber } from "./delete-subscriber";
import { exportSubscribersCsv } from "./export-subscribers";
import { createConfirmedSubscribers } from "./testing/create-subscribers";

const db = withTestDatabase();

// A real row: the audit entry points at its user by foreign key.
let admin: Actor;
const editor: Actor = { kind: "user", id: "editor-id", email: "editor@example.com", role: "editor" };
const token: Actor = { kind: "token", id: "token-id", name: "bot" };

let pageId = "";
beforeAll(async () => {
  pageId = (await ensurePage()).id;
  const user = await db().user.create({ data: { email: "admin@example.com", passwordHash: "not a real hash", role: "admin" } });
  admin = { kind: "user", id: user.id, email: user.email, role: "admin" };
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe("deleteSubscriber", () => {
  it("removes the subscriber with their deliveries, and audits it without the address", async () => {
    const [subscriber] = await createConfirmedSubscribers(db(), pageId, 1, { prefix: "leaving" });
    const notification = await db().notification.create({ data: { pageId, kind: "confirmation", subscriberId: subscriber!.id } });
    await db().delivery.create({ data: { notificationId: notification.id, subscriberId: subscriber!.id, status: "held" } });
    await deleteSubscriber(admin, { pageId, id: subscriber!.id });
    expect(await db().subscriber.count({ where: { id: subscriber!.id } })).toBe(0);
    expect(await db().delivery.count({ where: { subscriberId: subscriber!.id } })).toBe(0);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "subscriber.delete", targetId: subscriber!.id } });
    expect(audit.details).not.toContain("@");
    expect(JSON.parse(audit.details ?? "{}")).toEqual({ state: "confirmed" });
  });

  it("is refused to editors and API tokens", async () => {
    const [subscriber] = await createConfirmedSubscribers(db(), pageId, 1, { prefix: "staying" });
    await expect(deleteSubscriber(editor, { pageId, id: subscriber!.id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(deleteSubscriber(token, { pageId, id: subscriber!.id })).rejects.toMatchObject({ code: "forbidden" });
    expect(await db().subscriber.count({ where: { id: subscriber!.id } })).toBe(1);
  });

  it("says not found for an unknown id or another page's subscriber", async () => {
    const other = await db().page.create({ data: { name: "Other" } });
    const [foreign] = await createConfirmedSubscribers(db(), other.id, 1, { prefix: "foreign" });
    await expect(deleteSubscriber(admin, { pageId, id: "missing" })).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteSubscriber(admin, { pageId, id: foreign!.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteSubscriber(admin, { pageId, id: " " })).rejects.toMatchObject({ code: "validation" });
  });
});

describe("exportSubscribersCsv", () => {
  it("writes every subscriber, quoted and defused against formulas", async () => {
    const page = await db().page.create({ data: { name: "Export" } });
    const component = await db().component.create({ data: { pageId: page.id, name: '=cmd|"/c calc"!A1, EU' } });
    const [picky] = await createConfirmedSubscribers(db(), page.id, 1, { prefix: "=sum", componentIds: [component.id] });
    await db().subscriber.create({ data: { pageId: page.id, email: "+left@example.org", state: "unsubscribed", unsubscribedAt: new Date(0) } });
    const lines = (await readAll(exportSubscribersCsv(admin, { pageId: page.id }))).split("\r\n");
    expect(lines[0]).toBe("email,state,components,created,confirmed,unsubscribed,channel,endpoint");
    expect(lines).toContain(`'+left@example.org,unsubscribed,all,${lines.find((l) => l.startsWith("'+"))?.split(",")[3]},,1970-01-01T00:00:00.000Z,email,`);
    const pickyLine = lines.find((line) => line.startsWith("'=sum"));
    expect(pickyLine).toMatch(new RegExp(`^'${picky!.email},confirmed,"'=cmd\\|""/c calc""!A1, EU",\\d{4}-`));
    expect(lines.at(-1)).toBe("");
    expect(lines).toHaveLength(4);
  });

  it("streams thousands of rows in batches, each once", async () => {
    const page = await db().page.create({ data: { name: "Big" } });
    await createConfirmedSubscribers(db(), page.id, 2500, { prefix: "many" });
    const lines = (await readAll(exportSubscribersCsv(admin, { pageId: page.id }))).trim().split("\r\n");
    expect(lines).toHaveLength(2501);
    expect(new Set(lines).size).toBe(2501);
  });

  it("is refused to editors before anything is read", () => {
    expect(() => exportSubscribersCsv(editor, { pageId })).toThrow(expect.objectContaining({ code: "forbidden" }));
  });
});
