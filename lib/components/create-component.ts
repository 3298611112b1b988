import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import { directStatusSource, logComponentStatus } from "./change-component-status";
import { blankToNull, type ComponentSummary, componentSummarySelect } from "./component-summary";
import { assertGroupOfPage, nextPosition } from "./positions";
import { type CreateComponentInput, createComponentInput } from "./schemas";

/** Adds a component at the end of its group (or of the top level) and logs its first status. */
export async function createComponent(actor: Actor, input: CreateComponentInput): Promise<ComponentSummary> {
  authorize(actor, "components:write");
  const data = parseInput(createComponentInput, input);
  const { id: pageId } = await ensurePage();
  const groupId = data.groupId ?? null;
  return getDb().$transaction(async (tx) => {
    if (groupId !== null) await assertGroupOfPage(tx, pageId, groupId);
    const component = await tx.component.create({
      data: {
        pageId,
        groupId,
        name: data.name,
        description: blankToNull(data.description) ?? null,
        status: data.status,
        position: await nextPosition(tx, pageId, groupId),
        showcase: data.showcase,
        onlyShowIfDegraded: data.onlyShowIfDegraded,
      },
      select: componentSummarySelect,
    });
    // The log starts with the initial status (old null), so uptime counts from creation.
    await logComponentStatus(tx, {
      pageId,
      componentId: component.id,
      oldStatus: null,
      newStatus: component.status,
      source: directStatusSource(actor),
      actor,
    });
    await recordAudit(tx, {
      pageId,
      actor,
      action: "component.create",
      targetType: "component",
      targetId: component.id,
      details: { name: component.name, groupId, status: component.status },
    });
    return component;
  });
}
