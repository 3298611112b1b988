import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { NotFoundError, ValidationError } from "../errors";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import { assertGroupOfPage } from "./positions";
import { type ReorderComponentsInput, reorderComponentsInput } from "./schemas";

type Entry = { id: string; kind: "component" | "group"; groupId: string | null; position: number; name: string };

const byPosition = (a: Entry, b: Entry) => a.position - b.position || a.name.localeCompare(b.name);

/**
 * Orders one level: the top level (groups and ungrouped components) or one group's components.
 * Positions become 0..n-1 in the given order; entries of the level that are not listed keep
 * their relative order after the listed ones, so a stale list never leaves two at one position.
 */
export async function reorderComponents(actor: Actor, input: ReorderComponentsInput): Promise<{ ids: string[] }> {
  authorize(actor, "components:write");
  const { ids, ...data } = parseInput(reorderComponentsInput, input);
  const groupId = data.groupId ?? null;
  const { id: pageId } = await ensurePage();
  return getDb().$transaction(async (tx) => {
    if (groupId !== null) await assertGroupOfPage(tx, pageId, groupId);
    const select = { id: true, groupId: true, position: true, name: true } as const;
    const [components, groups] = await Promise.all([
      tx.component.findMany({ where: { pageId, id: { in: ids } }, select }),
      tx.componentGroup.findMany({ where: { pageId, id: { in: ids } }, select: { id: true, position: true, name: true } }),
    ]);
    const listed = new Map<string, Entry>([
      ...components.map((c) => [c.id, { ...c, kind: "component" }] as const),
      ...groups.map((g) => [g.id, { ...g, groupId: null, kind: "group" }] as const),
    ]);
    const missing = ids.find((id) => !listed.has(id));
    if (missing) throw new NotFoundError(`Component or group ${missing} not found`);
    const stray = ids.find((id) => {
      const entry = listed.get(id);
      return entry?.kind === "group" ? groupId !== null : entry?.groupId !== groupId;
    });
    if (stray) {
      const where = groupId === null ? "the top level" : "this group";
      throw new ValidationError(`ids lists ${stray}, which is not in ${where}`, { ids: `${stray} is not in ${where}` });
    }

    const level = await tx.component.findMany({ where: { pageId, groupId, id: { notIn: ids } }, select });
    const otherGroups =
      groupId === null ? await tx.componentGroup.findMany({ where: { pageId, id: { notIn: ids } }, select: { id: true, position: true, name: true } }) : [];
    const rest: Entry[] = [
      ...level.map((c) => ({ ...c, kind: "component" as const })),
      ...otherGroups.map((g) => ({ ...g, groupId: null, kind: "group" as const })),
    ].sort(byPosition);
    const ordered = [...ids.map((id) => listed.get(id) as Entry), ...rest];
    for (const [position, entry] of ordered.entries()) {
      if (entry.position === position) continue;
      if (entry.kind === "group") await tx.componentGroup.update({ where: { id: entry.id, pageId }, data: { position } });
      else await tx.component.update({ where: { id: entry.id, pageId }, data: { position } });
    }
    await recordAudit(tx, {
      pageId,
      actor,
      action: "component.reorder",
      targetType: groupId === null ? "page" : "component_group",
      targetId: groupId ?? pageId,
      details: { ids: ordered.map((entry) => entry.id) },
    });
    return { ids: ordered.map((entry) => entry.id) };
  });
}
