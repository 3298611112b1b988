import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { NotFoundError } from "../errors";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import { nextPosition } from "./positions";
import { type DeleteComponentGroupInput, deleteComponentGroupInput } from "./schemas";

export type DeletedComponentGroup = { id: string; deletedComponentIds: string[]; ungroupedComponentIds: string[] };

/**
 * Deletes a group. Its components move to the end of the top level in their group order, or
 * are deleted with it when `deleteComponents` is set: deleting monitored things takes intent.
 */
export async function deleteComponentGroup(actor: Actor, input: DeleteComponentGroupInput): Promise<DeletedComponentGroup> {
  authorize(actor, "components:write");
  const { id, deleteComponents } = parseInput(deleteComponentGroupInput, input);
  const { id: pageId } = await ensurePage();
  return getDb().$transaction(async (tx) => {
    const group = await tx.componentGroup.findFirst({ where: { id, pageId }, select: { name: true } });
    if (!group) throw new NotFoundError(`Component group ${id} not found`);
    const members = await tx.component.findMany({
      where: { pageId, groupId: id },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true },
    });
    const memberIds = members.map((member) => member.id);
    if (deleteComponents) {
      await tx.component.deleteMany({ where: { pageId, groupId: id } });
    } else {
      // Placed before the group is deleted; the group's own position is then left as a gap.
      const first = await nextPosition(tx, pageId, null);
      for (const [index, componentId] of memberIds.entries()) {
        await tx.component.update({ where: { id: componentId, pageId }, data: { groupId: null, position: first + index } });
      }
    }
    await tx.componentGroup.delete({ where: { id, pageId } });
    await recordAudit(tx, {
      pageId,
      actor,
      action: "component_group.delete",
      targetType: "component_group",
      targetId: id,
      details: { name: group.name, components: memberIds, deleteComponents },
    });
    return {
      id,
      deletedComponentIds: deleteComponents ? memberIds : [],
      ungroupedComponentIds: deleteComponents ? [] : memberIds,
    };
  });
}
