import "server-only";
import { z } from "zod";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { ConflictError, NotFoundError } from "../errors";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import { type UserSummary, userSummarySelect } from "./list-users";
import { roleSchema } from "./schemas";
import { assertAnotherActiveOwner, assertMayManageUser } from "./user-rules";

export const updateUserInput = z.object({
  id: z.string().trim().min(1, "must not be empty").max(100),
  role: roleSchema.optional(),
  // A blank name clears it.
  name: z
    .string()
    .trim()
    .max(200, "must be at most 200 characters")
    .nullable()
    .optional()
    .transform((name) => (name === "" ? null : name)),
  disabled: z.boolean().optional(),
});

export type UpdateUserInput = z.input<typeof updateUserInput>;

/** Changes what is given (role, name, disabled); a disabled user is signed out everywhere. */
export async function updateUser(
  actor: Actor,
  input: UpdateUserInput,
  { now = new Date() }: { now?: Date } = {},
): Promise<UserSummary> {
  authorize(actor, "users:manage");
  const data = parseInput(updateUserInput, input);
  const page = await ensurePage();
  return getDb().$transaction(
    async (tx) => {
      const target = await tx.user.findUnique({ where: { id: data.id }, select: userSummarySelect });
      if (!target) throw new NotFoundError("No such user");
      assertMayManageUser(actor, target.role, data.role);
      if (data.disabled && actor.kind === "user" && actor.id === target.id) {
        throw new ConflictError("You cannot disable your own account");
      }

      const changes: { role?: UserSummary["role"]; name?: string | null; disabledAt?: Date | null } = {};
      if (data.role !== undefined && data.role !== target.role) changes.role = data.role;
      if (data.name !== undefined && data.name !== target.name) changes.name = data.name;
      if (data.disabled !== undefined && data.disabled !== Boolean(target.disabledAt)) {
        changes.disabledAt = data.disabled ? now : null;
      }
      const changed = Object.keys(changes);
      if (changed.length === 0) return target;

      const wasActiveOwner = target.role === "owner" && !target.disabledAt;
      if (wasActiveOwner && (changes.role !== undefined || changes.disabledAt)) {
        await assertAnotherActiveOwner(tx, target.id);
      }
      const user = await tx.user.update({ where: { id: target.id }, data: changes, select: userSummarySelect });
      if (changes.disabledAt) await tx.session.deleteMany({ where: { userId: target.id } });
      await recordAudit(tx, {
        pageId: page.id,
        actor,
        action: "user.update",
        targetType: "user",
        targetId: target.id,
        details: { changed, role: user.role, disabled: Boolean(user.disabledAt) },
      });
      return user;
    },
    { isolationLevel: "Serializable" },
  );
}
