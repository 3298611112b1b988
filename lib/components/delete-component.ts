import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { NotFoundError } from "../errors";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import { type DeleteComponentInput, deleteComponentInput } from "./schemas";

/**
 * Deletes a component with its status log and its place in incidents (the database cascades);
 * the incidents themselves stay. The audit entry keeps its name, since the row is gone.
 */
export async function deleteComponent(actor: Actor, input: DeleteComponentInput): Promise<{ id: string }> {
  authorize(actor, "components:write");
  const { id } = parseInput(deleteComponentInput, input);
  const { id: pageId } = await ensurePage();
  return getDb().$transaction(async (tx) => {
    const component = await tx.component.findFirst({ where: { id, pageId }, select: { name: true } });
    if (!component) throw new NotFoundError(`Component ${id} not found`);
    await tx.component.delete({ where: { id, pageId } });
    await recordAudit(tx, {
      pageId,
      actor,
      action: "component.delete",
      targetType: "component",
      targetId: id,
      details: { name: component.name },
    });
    return { id };
  });
}
