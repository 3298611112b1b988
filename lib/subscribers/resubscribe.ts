import "server-only";
import { getDb } from "../db";
import { NotFoundError } from "../errors";
import { requireManageToken } from "./read-link-token";
import { SUBSCRIPTION_GONE } from "./update-subscription";

// The manage link was mailed to the address, so holding it proves the address is theirs:
// resubscribing needs no new confirmation email.

/** Turns the subscription the token names back on (confirmed), keeping its component choice. */
export async function resubscribe(input: { token: unknown; now?: Date }): Promise<{ status: "confirmed" }> {
  const subscriberId = await requireManageToken(input.token);
  const now = input.now ?? new Date();
  const db = getDb();
  const { count } = await db.subscriber.updateMany({
    where: { id: subscriberId, state: { not: "confirmed" } },
    data: { state: "confirmed", confirmedAt: now, unsubscribedAt: null, lastError: null },
  });
  if (count === 0 && !(await db.subscriber.findUnique({ where: { id: subscriberId }, select: { id: true } }))) {
    throw new NotFoundError(SUBSCRIPTION_GONE);
  }
  return { status: "confirmed" };
}
