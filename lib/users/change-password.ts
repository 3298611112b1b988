import "server-only";
import { z } from "zod";
import { type Actor, authorize } from "../auth/actor";
import { hashPassword, verifyPassword } from "../auth/password";
import { hashSecretToken } from "../auth/secret-token";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import { createUserInput } from "./schemas";
import { assertMayManageUser } from "./user-rules";

export const changePasswordInput = z.object({
  userId: z.string().trim().min(1, "must not be empty").max(100),
  // Required when changing one's own password; an admin resetting someone else's has none.
  currentPassword: z.string().max(1024).optional(),
  newPassword: createUserInput.shape.password,
  // The session that asked, which stays signed in; every other session of the user ends.
  keepSessionToken: z.string().max(200).optional(),
});

export type ChangePasswordInput = z.input<typeof changePasswordInput>;

/**
 * Sets a new password. Users change their own by giving the current one; owners and admins
 * may reset others' (an owner's only by an owner). Either way the user's other sessions end.
 */
export async function changePassword(actor: Actor, input: ChangePasswordInput): Promise<{ revokedSessions: number }> {
  const isSelf = actor.kind === "user" && actor.id === input.userId;
  if (!isSelf) authorize(actor, "users:manage");
  const data = parseInput(changePasswordInput, input);
  const db = getDb();
  const target = await db.user.findUnique({ where: { id: data.userId }, select: { id: true, role: true, passwordHash: true } });
  if (!target) throw new NotFoundError("No such user");
  if (!isSelf) assertMayManageUser(actor, target.role);
  else if (!data.currentPassword || !(await verifyPassword(target.passwordHash, data.currentPassword))) {
    throw new ValidationError("currentPassword is not correct", { currentPassword: "is not correct" });
  }

  const passwordHash = await hashPassword(data.newPassword);
  const page = await ensurePage();
  return db.$transaction(async (tx) => {
    // Only if the hash is still the one checked above: two changes at once must not both pass.
    const { count: updated } = await tx.user.updateMany({
      where: { id: target.id, passwordHash: target.passwordHash },
      data: { passwordHash },
    });
    if (updated === 0) throw new ConflictError("The password was changed meanwhile; try again");
    const keep = isSelf && data.keepSessionToken ? { tokenHash: { not: hashSecretToken(data.keepSessionToken) } } : {};
    const { count: revokedSessions } = await tx.session.deleteMany({ where: { userId: target.id, ...keep } });
    await recordAudit(tx, {
      pageId: page.id,
      actor,
      action: "user.password_change",
      targetType: "user",
      targetId: target.id,
      details: { self: isSelf, revokedSessions },
    });
    return { revokedSessions };
  });
}
