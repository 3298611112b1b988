import { beforeAll, describe, expect, it } from "vitest";
import { ensurePage } from "../pages/ensure-page";
import { withTestDatabase } from "../testing/with-test-database";
import { getContentFingerprint } from "./content-fingerprint";

// The fingerprint the snapshot keeper polls changes with every kind of edit the public page
// shows (new rows, edits, deletions, the page's settings), and with nothing else.

const db = withTestDatabase();
let pageId = "";

beforeAll(async () => {
  pageId = (await ensurePage()).id;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function changes(edit: () => Promise<unknown>): Promise<boolean> {
  const before = await getContentFingerprint(pageId);
  // Timestamps are kept to the millisecond: an edit in the same one must still show as one.
  await sleep(5);
  await edit();
  return JSON.stringify(await getContentFingerprint(pageId)) !== JSON.stringify(before);
}

describe("getContentFingerprint", () => {
  it("is the same when nothing changed", async () => {
    expect(await changes(async () => undefined)).toBe(false);
  });

  it("changes with components, their groups and their status log", async () => {
    const group = await db().componentGroup.create({ data: { pageId, name: "Edge", position: 1 } });
    let componentId = "";
    expect(await changes(async () => (componentId = (await db().component.create({ data: { pageId, name: "CDN", position: 1, groupId: group.id } })).id))).toBe(true);
    expect(await changes(() => db().component.update({ where: { id: componentId }, data: { status: "major_outage" } }))).toBe(true);
    expect(await changes(() => db().componentStatusLog.create({ data: { pageId, componentId, newStatus: "major_outage", source: "manual" } }))).toBe(true);
    expect(await changes(() => db().componentGroup.update({ where: { id: group.id }, data: { name: "Edge network" } }))).toBe(true);
    expect(await changes(() => db().component.delete({ where: { id: componentId } }))).toBe(true);
    expect(await changes(() => db().componentGroup.delete({ where: { id: group.id } }))).toBe(true);
  });

  it("changes with incidents and their updates, and counts them", async () => {
    const before = await getContentFingerprint(pageId);
    const incident = await db().incident.create({ data: { pageId, name: "502s", status: "investigating", impact: "major", startedAt: new Date() } });
    expect((await getContentFingerprint(pageId)).incidentCount).toBe(before.incidentCount + 1);
    let updateId = "";
    expect(await changes(async () => (updateId = (await db().incidentUpdate.create({ data: { incidentId: incident.id, status: "investigating", body: "Looking." } })).id))).toBe(true);
    expect(await changes(() => db().incidentUpdate.update({ where: { id: updateId }, data: { body: "Looking into it." } }))).toBe(true);
    expect(await changes(() => db().incidentUpdate.delete({ where: { id: updateId } }))).toBe(true);
    expect(await changes(() => db().incident.update({ where: { id: incident.id }, data: { status: "resolved", resolvedAt: new Date() } }))).toBe(true);
    expect(await changes(() => db().incident.delete({ where: { id: incident.id } }))).toBe(true);
  });

  it("changes with the page's settings, not with another page's rows", async () => {
    expect(await changes(() => db().page.update({ where: { id: pageId }, data: { supportContact: "help@example.com" } }))).toBe(true);
    const other = await db().page.create({ data: { name: "Another page" } });
    expect(await changes(() => db().component.create({ data: { pageId: other.id, name: "Elsewhere", position: 1 } }))).toBe(false);
  });
});
