import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { NotFoundError, ValidationError } from "../errors";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import { blankToNull, type ComponentGroupSummary, componentGroupSummarySelect } from "./component-summary";
import { type UpdateComponentGroupInput, updateComponentGroupInput } from "./schemas";

/** Renames a group or changes its description; its place is set by reorderComponents. */
export async function updateComponentGroup(actor: Actor, input: UpdateComponentGroupInput): Promise<ComponentGroupSummary> {
  authorize(actor, "components:write");
  const { id, ...data } = parseInput(updateComponentGroupInput, input);
  const changed = Object.keys(data).filter((key) => data[key as keyof typeof data] !== undefined);
  if (changed.length === 0) throw new ValidationError("Nothing to change");
  const { id: pageId } = await ensurePage();
  return getDb().$transaction(async (tx) => {
    const { count } = await tx.componentGroup.updateMany({
      where: { id, pageId },
      data: { name: data.name, description: blankToNull(data.description) },
    });
    if (count === 0) throw new NotFoundError(`Component group ${id} not found`);
    await recordAudit(tx, {
      pageId,
      actor,
      action: "component_group.update",
      targetType: "component_group",
      targetId: id,
      details: { changed },
    });
    return tx.componentGroup.findFirstOrThrow({ where: { id, pageId }, select: componentGroupSummarySelect });
  });
}
