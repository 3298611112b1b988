import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import { blankToNull, type ComponentGroupSummary, componentGroupSummarySelect } from "./component-summary";
import { nextPosition } from "./positions";
import { type CreateComponentGroupInput, createComponentGroupInput } from "./schemas";

/** Adds an empty group at the end of the top level. */
export async function createComponentGroup(actor: Actor, input: CreateComponentGroupInput): Promise<ComponentGroupSummary> {
  authorize(actor, "components:write");
  const data = parseInput(createComponentGroupInput, input);
  const { id: pageId } = await ensurePage();
  return getDb().$transaction(async (tx) => {
    const group = await tx.componentGroup.create({
      data: {
        pageId,
        name: data.name,
        description: blankToNull(data.description) ?? null,
        position: await nextPosition(tx, pageId, null),
      },
      select: componentGroupSummarySelect,
    });
    await recordAudit(tx, {
      pageId,
      actor,
      action: "component_group.create",
      targetType: "component_group",
      targetId: group.id,
      details: { name: group.name },
    });
    return group;
  });
}
