import "server-only";
import { getDb } from "../db";
import { requireManageToken } from "./read-link-token";

// Used by the manage page's button and by one-click unsubscribe (RFC 8058), which mail
// providers may send more than once: unsubscribing twice, or after the subscription was
// removed, succeeds and changes nothing.

export type UnsubscribeResult = { status: "unsubscribed" };

/** Stops all email to the subscriber the token names. Throws InvalidSubscriberLinkError for a bad token. */
export async function unsubscribe(input: { token: unknown; now?: Date }): Promise<UnsubscribeResult> {
  const subscriberId = await requireManageToken(input.token);
  await getDb().subscriber.updateMany({
    where: { id: subscriberId, state: { not: "unsubscribed" } },
    data: { state: "unsubscribed", unsubscribedAt: input.now ?? new Date() },
  });
  return { status: "unsubscribed" };
}
