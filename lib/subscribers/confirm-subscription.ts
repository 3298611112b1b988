import "server-only";
import { getDb } from "../db";
import { manageTokenFor, readConfirmLink } from "./read-link-token";

// Confirmation is two steps: opening the link only checks it (link scanners and previews open
// links), and the page's button, a POST, confirms. Confirming twice is fine.

export type ConfirmationOutcome =
  // The link is current and the subscription is waiting for it: the button confirms.
  | { status: "ready" }
  | { status: "confirmed"; manageToken: string }
  // Forged, mangled, or for a subscription that no longer exists.
  | { status: "invalid" }
  // Past its 48 hours: subscribe again for a new link.
  | { status: "expired" }
  // A newer confirmation email was sent since: only its link works.
  | { status: "superseded" }
  // Unsubscribed (or the address bounced) since this link was sent.
  | { status: "inactive" };

type Subscriber = { id: string; state: string; confirmVersion: number };

async function outcomeFor(subscriber: Subscriber | null, version: number): Promise<ConfirmationOutcome> {
  if (!subscriber) return { status: "invalid" };
  if (subscriber.state === "confirmed") return { status: "confirmed", manageToken: await manageTokenFor(subscriber.id) };
  if (subscriber.state !== "pending") return { status: "inactive" };
  return subscriber.confirmVersion === version ? { status: "ready" } : { status: "superseded" };
}

const select = { id: true, state: true, confirmVersion: true } as const;

/** What the confirmation link would do, without doing it (for the page a GET shows). */
export async function checkConfirmation(token: unknown, now = new Date()): Promise<ConfirmationOutcome> {
  const claim = await readConfirmLink(token, now);
  if (claim === "invalid" || claim === "expired") return { status: claim };
  const subscriber = await getDb().subscriber.findUnique({ where: { id: claim.subscriberId }, select });
  return outcomeFor(subscriber, claim.version);
}

/** Confirms the subscription the link names, if the link is current; otherwise says why not. */
export async function confirmSubscription(token: unknown, now = new Date()): Promise<ConfirmationOutcome> {
  const claim = await readConfirmLink(token, now);
  if (claim === "invalid" || claim === "expired") return { status: claim };
  const db = getDb();
  // Conditional on state and version, so a concurrent new confirmation email or an
  // unsubscribe wins cleanly instead of being overwritten.
  await db.subscriber.updateMany({
    where: { id: claim.subscriberId, state: "pending", confirmVersion: claim.version },
    data: { state: "confirmed", confirmedAt: now, unsubscribedAt: null, lastError: null },
  });
  const subscriber = await db.subscriber.findUnique({ where: { id: claim.subscriberId }, select });
  return outcomeFor(subscriber, claim.version);
}
