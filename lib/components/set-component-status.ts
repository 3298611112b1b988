import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import { changeComponentStatus, directStatusSource } from "./change-component-status";
import { type SetComponentStatusInput, setComponentStatusInput } from "./schemas";
import type { ComponentStatus } from "./status";

export type SetComponentStatusResult = {
  id: string;
  status: ComponentStatus;
  // null when the component already had that status: nothing was logged or audited.
  previousStatus: ComponentStatus | null;
};

/** Sets a component's status by hand (dashboard, API), logged as "manual" or "api". */
export async function setComponentStatus(actor: Actor, input: SetComponentStatusInput): Promise<SetComponentStatusResult> {
  authorize(actor, "components:write");
  const { id, status } = parseInput(setComponentStatusInput, input);
  const { id: pageId } = await ensurePage();
  return getDb().$transaction(async (tx) => {
    const change = await changeComponentStatus(tx, {
      pageId,
      componentId: id,
      status,
      source: directStatusSource(actor),
      actor,
    });
    if (!change) return { id, status, previousStatus: null };
    await recordAudit(tx, {
      pageId,
      actor,
      action: "component.status.set",
      targetType: "component",
      targetId: id,
      details: { oldStatus: change.oldStatus, newStatus: change.newStatus },
    });
    return { id, status, previousStatus: change.oldStatus };
  });
}
