import { beforeAll, describe, expect, it } from "vitest";
import { commandLineActor } from "../auth/actor";
import { NotFoundError } from "../errors";
import { ensurePage } from "../pages/ensure-page";
import { withTestDatabase } from "../testing/with-test-database";
import { createComponent } from "./create-component";
import { createComponentGroup } from "./create-component-group";
import { deleteComponent } from "./delete-component";
import { setComponentStatus } from "./set-component-status";
import { createTestActors, type TestActors } from "../testing/test-actors";
import { updateComponent } from "./update-component";

const db = withTestDatabase();

let pageId: string;
let actors: TestActors;

beforeAll(async () => {
  pageId = (await ensurePage()).id;
  actors = await createTestActors(db(), pageId);
});

const logOf = (componentId: string) =>
  db().componentStatusLog.findMany({ where: { componentId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

describe("createComponent", () => {
  it("appends to its level, trims the name, logs its first status and audits it", async () => {
    const group = await createComponentGroup(actors.editor, { name: "Platform" });
    const first = await createComponent(actors.editor, { name: "  API  ", groupId: group.id, description: "" });
    const second = await createComponent(actors.editor, { name: "Database", groupId: group.id, status: "degraded_performance" });
    const top = await createComponent(actors.editor, { name: "Website", showcase: false, onlyShowIfDegraded: true });

    expect(first).toMatchObject({ name: "API", description: null, groupId: group.id, status: "operational", position: 0 });
    expect(second.position).toBe(1);
    // Groups and ungrouped components share the top level's positions.
    expect(top).toMatchObject({ groupId: null, position: group.position + 1, showcase: false, onlyShowIfDegraded: true });

    expect(await logOf(second.id)).toMatchObject([
      { pageId, oldStatus: null, newStatus: "degraded_performance", source: "manual", actorUserId: actors.editor.id, incidentUpdateId: null },
    ]);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "component.create", targetId: first.id } });
    expect(audit).toMatchObject({ actorUserId: actors.editor.id, actorLabel: actors.editor.email });
  });

  it("logs a token's component as set through the API", async () => {
    const component = await createComponent(actors.token, { name: "Webhooks" });
    expect(await logOf(component.id)).toMatchObject([{ source: "api", actorTokenId: actors.token.id, actorUserId: null }]);
  });

  it("names each bad field", async () => {
    await expect(
      createComponent(commandLineActor, { name: "   ", status: "broken" as "operational", description: "x".repeat(1001) }),
    ).rejects.toMatchObject({
      code: "validation",
      fields: {
        name: "must not be empty",
        status: "must be one of operational, degraded_performance, partial_outage, major_outage, under_maintenance",
        description: "must be at most 1000 characters",
      },
    });
    await expect(createComponent(commandLineActor, { name: "x".repeat(101) })).rejects.toMatchObject({
      fields: { name: "must be at most 100 characters" },
    });
  });

  it("refuses a group of another page", async () => {
    const foreign = await db().componentGroup.create({ data: { pageId: actors.otherPageId, name: "Theirs" } });
    await expect(createComponent(commandLineActor, { name: "Sneaky", groupId: foreign.id })).rejects.toThrow(
      new NotFoundError(`Component group ${foreign.id} not found`),
    );
    expect(await db().component.count({ where: { name: "Sneaky" } })).toBe(0);
  });
});

describe("setComponentStatus", () => {
  it("logs each change with old and new status, and skips a change to the same status", async () => {
    const component = await createComponent(commandLineActor, { name: "CDN" });
    const before = await db().component.findUniqueOrThrow({ where: { id: component.id } });
    const changed = await setComponentStatus(actors.editor, { id: component.id, status: "major_outage" });
    const same = await setComponentStatus(actors.editor, { id: component.id, status: "major_outage" });
    await setComponentStatus(actors.token, { id: component.id, status: "operational" });

    expect(changed).toEqual({ id: component.id, status: "major_outage", previousStatus: "operational" });
    expect(same).toEqual({ id: component.id, status: "major_outage", previousStatus: null });
    expect(await logOf(component.id)).toMatchObject([
      { oldStatus: null, newStatus: "operational", source: "manual", actorUserId: null },
      { oldStatus: "operational", newStatus: "major_outage", source: "manual", actorUserId: actors.editor.id },
      { oldStatus: "major_outage", newStatus: "operational", source: "api", actorTokenId: actors.token.id },
    ]);
    const after = await db().component.findUniqueOrThrow({ where: { id: component.id } });
    expect(after.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());
    const audit = await db().auditLog.findMany({ where: { action: "component.status.set", targetId: component.id } });
    expect(audit.map((entry) => JSON.parse(entry.details ?? "{}"))).toEqual([
      { oldStatus: "operational", newStatus: "major_outage" },
      { oldStatus: "major_outage", newStatus: "operational" },
    ]);
  });

  it("does not touch another page's component", async () => {
    const foreign = await db().component.create({ data: { pageId: actors.otherPageId, name: "Theirs" } });
    await expect(setComponentStatus(commandLineActor, { id: foreign.id, status: "major_outage" })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db().component.findUniqueOrThrow({ where: { id: foreign.id } })).status).toBe("operational");
    expect(await logOf(foreign.id)).toEqual([]);
  });
});

describe("updateComponent", () => {
  it("renames, clears the description and moves it last into another group", async () => {
    const group = await createComponentGroup(commandLineActor, { name: "Edge" });
    await createComponent(commandLineActor, { name: "Edge A", groupId: group.id });
    const component = await createComponent(commandLineActor, { name: "Mail", description: "Outgoing mail" });
    const updated = await updateComponent(actors.editor, { id: component.id, name: " Email ", description: "", groupId: group.id });
    expect(updated).toMatchObject({ name: "Email", description: null, groupId: group.id, position: 1, status: "operational" });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "component.update", targetId: component.id } });
    expect(JSON.parse(audit.details ?? "{}")).toEqual({ changed: ["name", "description", "groupId"] });
  });

  it("refuses an empty change and another page's component or group", async () => {
    const component = await createComponent(commandLineActor, { name: "Search" });
    await expect(updateComponent(commandLineActor, { id: component.id })).rejects.toThrow("Nothing to change");
    const foreign = await db().component.create({ data: { pageId: actors.otherPageId, name: "Theirs" } });
    await expect(updateComponent(commandLineActor, { id: foreign.id, name: "Mine" })).rejects.toBeInstanceOf(NotFoundError);
    const foreignGroup = await db().componentGroup.create({ data: { pageId: actors.otherPageId, name: "Theirs" } });
    await expect(updateComponent(commandLineActor, { id: component.id, groupId: foreignGroup.id })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db().component.findUniqueOrThrow({ where: { id: foreign.id } })).name).toBe("Theirs");
  });
});

describe("deleteComponent", () => {
  it("deletes it with its status log, and the audit keeps its name", async () => {
    const component = await createComponent(commandLineActor, { name: "Legacy FTP" });
    await setComponentStatus(commandLineActor, { id: component.id, status: "partial_outage" });
    expect(await deleteComponent(actors.editor, { id: component.id })).toEqual({ id: component.id });
    expect(await db().component.count({ where: { id: component.id } })).toBe(0);
    expect(await logOf(component.id)).toEqual([]);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "component.delete", targetId: component.id } });
    expect(JSON.parse(audit.details ?? "{}")).toEqual({ name: "Legacy FTP" });
    await expect(deleteComponent(actors.editor, { id: component.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("does not delete another page's component", async () => {
    const foreign = await db().component.create({ data: { pageId: actors.otherPageId, name: "Theirs" } });
    await expect(deleteComponent(commandLineActor, { id: foreign.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().component.count({ where: { id: foreign.id } })).toBe(1);
  });
});
