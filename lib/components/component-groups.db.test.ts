import { beforeAll, describe, expect, it } from "vitest";
import { commandLineActor } from "../auth/actor";
import { NotFoundError } from "../errors";
import { ensurePage } from "../pages/ensure-page";
import { withTestDatabase } from "../testing/with-test-database";
import { createComponent } from "./create-component";
import { createComponentGroup } from "./create-component-group";
import { deleteComponentGroup } from "./delete-component-group";
import { reorderComponents } from "./reorder-components";
import { createTestActors, type TestActors } from "../testing/test-actors";
import { updateComponentGroup } from "./update-component-group";

const db = withTestDatabase();

let pageId: string;
let actors: TestActors;

beforeAll(async () => {
  pageId = (await ensurePage()).id;
  actors = await createTestActors(db(), pageId);
});

async function topLevel(): Promise<string[]> {
  const [groups, components] = await Promise.all([
    db().componentGroup.findMany({ where: { pageId } }),
    db().component.findMany({ where: { pageId, groupId: null } }),
  ]);
  return [...groups, ...components].sort((a, b) => a.position - b.position).map((entry) => entry.name);
}

const membersOf = async (groupId: string) =>
  (await db().component.findMany({ where: { groupId }, orderBy: { position: "asc" } })).map((c) => [c.name, c.position]);

describe("component groups", () => {
  it("creates a group last on the top level, renames it, and audits both", async () => {
    await createComponent(commandLineActor, { name: "Lonely" });
    const group = await createComponentGroup(actors.editor, { name: " Core ", description: "The heart" });
    expect(group).toMatchObject({ name: "Core", description: "The heart", position: 1 });
    const renamed = await updateComponentGroup(actors.token, { id: group.id, name: "Core services", description: null });
    expect(renamed).toMatchObject({ id: group.id, name: "Core services", description: null, position: 1 });
    const actions = await db().auditLog.findMany({ where: { targetId: group.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(actions.map((entry) => [entry.action, entry.actorLabel])).toEqual([
      ["component_group.create", actors.editor.email],
      ["component_group.update", `token ${actors.token.name}`],
    ]);
  });

  it("refuses bad names and another page's group", async () => {
    await expect(createComponentGroup(commandLineActor, { name: "" })).rejects.toMatchObject({ fields: { name: "must not be empty" } });
    const foreign = await db().componentGroup.create({ data: { pageId: actors.otherPageId, name: "Theirs" } });
    await expect(updateComponentGroup(commandLineActor, { id: foreign.id, name: "Mine" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteComponentGroup(commandLineActor, { id: foreign.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().componentGroup.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ name: "Theirs" });
  });

  it("ungroups the components of a deleted group, last on the top level in their order", async () => {
    const group = await createComponentGroup(commandLineActor, { name: "Doomed" });
    const b = await createComponent(commandLineActor, { name: "Doomed B", groupId: group.id });
    await createComponent(commandLineActor, { name: "Doomed A", groupId: group.id });
    await reorderComponents(commandLineActor, { groupId: group.id, ids: [b.id] });
    const result = await deleteComponentGroup(actors.editor, { id: group.id });
    expect(result).toMatchObject({ id: group.id, deletedComponentIds: [] });
    expect(result.ungroupedComponentIds).toHaveLength(2);
    expect((await topLevel()).slice(-2)).toEqual(["Doomed B", "Doomed A"]);
    expect(await db().componentGroup.count({ where: { id: group.id } })).toBe(0);
  });

  it("deletes the components too when asked", async () => {
    const group = await createComponentGroup(commandLineActor, { name: "Gone" });
    const member = await createComponent(commandLineActor, { name: "Gone A", groupId: group.id });
    const result = await deleteComponentGroup(commandLineActor, { id: group.id, deleteComponents: true });
    expect(result).toEqual({ id: group.id, deletedComponentIds: [member.id], ungroupedComponentIds: [] });
    expect(await db().component.count({ where: { id: member.id } })).toBe(0);
  });
});

describe("reorderComponents", () => {
  it("orders a group's components 0..n, keeping unlisted ones after in their order", async () => {
    const group = await createComponentGroup(commandLineActor, { name: "Ordered" });
    const ids: string[] = [];
    for (const name of ["A", "B", "C", "D"]) ids.push((await createComponent(commandLineActor, { name, groupId: group.id })).id);
    const [idA, idB, idC, idD] = ids as [string, string, string, string];

    const result = await reorderComponents(actors.editor, { groupId: group.id, ids: [idD, idB] });
    expect(result.ids).toEqual([idD, idB, idA, idC]);
    expect(await membersOf(group.id)).toEqual([["D", 0], ["B", 1], ["A", 2], ["C", 3]]);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "component.reorder", targetId: group.id } });
    expect(JSON.parse(audit.details ?? "{}")).toEqual({ ids: [idD, idB, idA, idC] });
  });

  it("orders groups and ungrouped components together on the top level", async () => {
    const entries = [
      ...(await db().componentGroup.findMany({ where: { pageId } })),
      ...(await db().component.findMany({ where: { pageId, groupId: null } })),
    ];
    const reversed = entries.sort((x, y) => y.position - x.position).map((entry) => entry.id);
    const before = await topLevel();
    await reorderComponents(commandLineActor, { ids: reversed });
    expect(await topLevel()).toEqual([...before].reverse());
    const positions = [
      ...(await db().componentGroup.findMany({ where: { pageId } })),
      ...(await db().component.findMany({ where: { pageId, groupId: null } })),
    ].map((entry) => entry.position);
    expect(positions.sort((x, y) => x - y)).toEqual(reversed.map((_, index) => index));
  });

  it("refuses ids of another page, of another level, and repeated ids", async () => {
    const group = await createComponentGroup(commandLineActor, { name: "Strict" });
    const inside = await createComponent(commandLineActor, { name: "Inside", groupId: group.id });
    const outside = await createComponent(commandLineActor, { name: "Outside" });
    const foreign = await db().component.create({ data: { pageId: actors.otherPageId, name: "Theirs" } });

    await expect(reorderComponents(commandLineActor, { groupId: group.id, ids: [inside.id, foreign.id] })).rejects.toThrow(
      new NotFoundError(`Component or group ${foreign.id} not found`),
    );
    await expect(reorderComponents(commandLineActor, { groupId: group.id, ids: [outside.id] })).rejects.toMatchObject({
      code: "validation",
      fields: { ids: `${outside.id} is not in this group` },
    });
    await expect(reorderComponents(commandLineActor, { ids: [inside.id] })).rejects.toMatchObject({
      fields: { ids: `${inside.id} is not in the top level` },
    });
    await expect(reorderComponents(commandLineActor, { groupId: group.id, ids: [group.id] })).rejects.toMatchObject({ code: "validation" });
    await expect(reorderComponents(commandLineActor, { ids: [outside.id, outside.id] })).rejects.toMatchObject({
      fields: { ids: "must not list an id twice" },
    });
    await expect(reorderComponents(commandLineActor, { groupId: "nope", ids: [inside.id] })).rejects.toBeInstanceOf(NotFoundError);
  });
});
