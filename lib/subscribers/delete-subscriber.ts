import "server-only";
import { z } from "zod";
import { type Actor, authorize } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { NotFoundError } from "../errors";
import { parseInput } from "../validation";

export const deleteSubscriberInput = z.object({
  pageId: z.string().trim().min(1).max(100),
  id: z.string().trim().min(1, "must not be empty").max(100),
});

export type DeleteSubscriberInput = z.input<typeof deleteSubscriberInput>;

/**
 * Removes a subscriber for good (their deliveries and personal notifications go with them by
 * cascade), e.g. when someone asks to be forgotten. The audit entry names the subscriber by id
 * and state only: the audit log is readable by every admin and outlives the address.
 */
export async function deleteSubscriber(actor: Actor, input: DeleteSubscriberInput): Promise<{ id: string }> {
  authorize(actor, "subscribers:manage");
  const { pageId, id } = parseInput(deleteSubscriberInput, input);
  return getDb().$transaction(async (tx) => {
    const subscriber = await tx.subscriber.findFirst({ where: { id, pageId }, select: { state: true } });
    if (!subscriber) throw new NotFoundError("That subscriber no longer exists; perhaps someone else removed them.");
    await tx.subscriber.delete({ where: { id, pageId } });
    await recordAudit(tx, { pageId, actor, action: "subscriber.delete", targetType: "subscriber", targetId: id, details: { state: subscriber.state } });
    return { id };
  });
}
