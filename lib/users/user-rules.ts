import "server-only";
import type { Actor, Role } from "../auth/actor";
import type { Tx } from "../db";
import { ConflictError, ForbiddenError } from "../errors";

function actsAsOwner(actor: Actor): boolean {
  // The command line runs with the machine's authority (it could edit the database anyway).
  return actor.kind === "system" || (actor.kind === "user" && actor.role === "owner");
}

/**
 * Admins manage admins and editors; only an owner may touch an owner account or make
 * someone an owner, so an admin cannot promote themselves past the people who appointed them.
 */
export function assertMayManageUser(actor: Actor, targetRole: Role, nextRole?: Role): void {
  if ((targetRole === "owner" || nextRole === "owner") && !actsAsOwner(actor)) {
    throw new ForbiddenError("Only an owner can change an owner's account or make someone an owner");
  }
}

/**
 * Refuses to let `userId` stop being an active owner when nobody else is one: an
 * installation without an owner could never get one back. Call inside a serializable
 * transaction so two admins demoting the last two owners at once cannot both succeed.
 */
export async function assertAnotherActiveOwner(tx: Tx, userId: string): Promise<void> {
  const others = await tx.user.count({ where: { role: "owner", disabledAt: null, id: { not: userId } } });
  if (others === 0) throw new ConflictError("This is the last active owner: make someone else an owner first");
}
