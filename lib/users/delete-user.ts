import "server-only";
import { z } from "zod";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { ConflictError, NotFoundError } from "../errors";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import { assertAnotherActiveOwner, assertMayManageUser } from "./user-rules";

export const deleteUserInput = z.object({
  id: z.string().trim().min(1, "must not be empty").max(100),
});

export type DeleteUserInput = z.input<typeof deleteUserInput>;

/**
 * Deletes an account and ends its sessions. Its incident updates, audit entries and API
 * tokens stay, no longer linked to it (the audit log keeps the actor's email as text).
 */
export async function deleteUser(actor: Actor, input: DeleteUserInput): Promise<void> {
  authorize(actor, "users:manage");
  const { id } = parseInput(deleteUserInput, input);
  if (actor.kind === "user" && actor.id === id) throw new ConflictError("You cannot delete your own account");
  const page = await ensurePage();
  await getDb().$transaction(
    async (tx) => {
      const target = await tx.user.findUnique({ where: { id }, select: { id: true, role: true, disabledAt: true } });
      if (!target) throw new NotFoundError("No such user");
      assertMayManageUser(actor, target.role);
      if (target.role === "owner" && !target.disabledAt) await assertAnotherActiveOwner(tx, id);
      await tx.session.deleteMany({ where: { userId: id } });
      await tx.user.delete({ where: { id } });
      await recordAudit(tx, {
        pageId: page.id,
        actor,
        action: "user.delete",
        targetType: "user",
        targetId: id,
        details: { role: target.role },
      });
    },
    { isolationLevel: "Serializable" },
  );
}
