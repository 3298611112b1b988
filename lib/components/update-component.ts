import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { NotFoundError, ValidationError } from "../errors";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import { blankToNull, type ComponentSummary, componentSummarySelect } from "./component-summary";
import { assertGroupOfPage, nextPosition } from "./positions";
import { type UpdateComponentInput, updateComponentInput } from "./schemas";

/** Changes a component's name, description, group or visibility; its status has its own use-case. */
export async function updateComponent(actor: Actor, input: UpdateComponentInput): Promise<ComponentSummary> {
  authorize(actor, "components:write");
  const { id, ...data } = parseInput(updateComponentInput, input);
  const changed = Object.keys(data).filter((key) => data[key as keyof typeof data] !== undefined);
  if (changed.length === 0) throw new ValidationError("Nothing to change");
  const { id: pageId } = await ensurePage();
  return getDb().$transaction(async (tx) => {
    const current = await tx.component.findFirst({ where: { id, pageId }, select: { groupId: true } });
    if (!current) throw new NotFoundError(`Component ${id} not found`);
    const groupId = data.groupId === undefined ? current.groupId : data.groupId;
    const moves = groupId !== current.groupId;
    if (moves && groupId !== null) await assertGroupOfPage(tx, pageId, groupId);
    const component = await tx.component.update({
      where: { id, pageId },
      data: {
        name: data.name,
        description: blankToNull(data.description),
        showcase: data.showcase,
        onlyShowIfDegraded: data.onlyShowIfDegraded,
        // A component moved to another level goes last there, so no two share a position.
        ...(moves ? { groupId, position: await nextPosition(tx, pageId, groupId) } : {}),
      },
      select: componentSummarySelect,
    });
    await recordAudit(tx, {
      pageId,
      actor,
      action: "component.update",
      targetType: "component",
      targetId: id,
      details: { changed },
    });
    return component;
  });
}
