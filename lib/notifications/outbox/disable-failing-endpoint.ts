import "server-only";
import { getDb } from "../../db";
import { enqueueNotification } from "./enqueue-notification";

// An endpoint (a webhook, a team channel) that keeps failing is disabled and its owner told,
// once; email is not judged so, its failures are the mail server's as often as the address's. The rule: the
// deliveries of its last FAILURES_TO_DISABLE notifications (since it was last subscribed)
// all failed for good — retries exhausted or given up on — with no delivery in between. A
// 410 Gone already ends the subscription on its own (markDeliveryRefused).

export const FAILURES_TO_DISABLE = 3;

export type FinalFailure = { subscriberId: string; channel: string };

/** Called after a delivery failed for good; true when this call disabled the endpoint. */
export async function disableFailingEndpoint(failure: FinalFailure, now = new Date()): Promise<boolean> {
  if (failure.channel === "email") return false;
  const db = getDb();
  const subscriber = await db.subscriber.findFirst({
    where: { id: failure.subscriberId, channel: failure.channel, state: "confirmed" },
    select: { id: true, pageId: true, confirmedAt: true },
  });
  if (!subscriber) return false;
  // The newest finished deliveries, in the order their notifications were fanned out; those
  // still being retried say nothing yet, and those before a re-subscription do not count.
  const recent = await db.delivery.findMany({
    where: {
      subscriberId: subscriber.id,
      channel: failure.channel,
      status: { in: ["sent", "failed"] },
      ...(subscriber.confirmedAt ? { createdAt: { gte: subscriber.confirmedAt } } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: FAILURES_TO_DISABLE,
    select: { status: true, lastError: true, createdAt: true },
  });
  if (recent.length < FAILURES_TO_DISABLE || recent.some((delivery) => delivery.status !== "failed")) return false;
  const failingSince = recent.at(-1)!.createdAt;
  return db.$transaction(async (tx) => {
    // Compare-and-set on the state: of several workers seeing the same streak, one disables
    // it, and only that one writes the owner's email (in the same transaction).
    const { count } = await tx.subscriber.updateMany({
      where: { id: subscriber.id, state: "confirmed" },
      data: { state: "failed", disabledAt: now, failingSince, lastError: recent[0]!.lastError },
    });
    if (count !== 1) return false;
    await enqueueNotification(tx, { pageId: subscriber.pageId, kind: "webhook_disabled", subscriberId: subscriber.id });
    return true;
  });
}
