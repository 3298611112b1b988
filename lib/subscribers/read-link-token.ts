import "server-only";
import { AppError } from "../errors";
import { getInstanceSecret } from "../secrets/instance-secret";
import { subscriberToken } from "./schemas";
import { type ConfirmClaim, readConfirmToken, readManageToken, signManageToken } from "./subscriber-tokens";

// Tokens arrive from links in emails: anything may be pasted there. A token that is not one of
// ours is an expected outcome with a message, never a crash.

export class InvalidSubscriberLinkError extends AppError {
  constructor() {
    super("bad_request", "This link is not valid. Please use the link from your most recent email, or subscribe again.");
  }
}

function tokenText(token: unknown): string | null {
  const parsed = subscriberToken.safeParse(token);
  return parsed.success && !parsed.data.includes("\0") ? parsed.data : null;
}

/** The subscriber a manage (or one-click unsubscribe) token names, or null if it is not valid. */
export async function subscriberIdFromManageToken(token: unknown): Promise<string | null> {
  const text = tokenText(token);
  return text === null ? null : readManageToken(await getInstanceSecret(), text);
}

/** Like subscriberIdFromManageToken, but throws InvalidSubscriberLinkError for a bad token. */
export async function requireManageToken(token: unknown): Promise<string> {
  const subscriberId = await subscriberIdFromManageToken(token);
  if (subscriberId === null) throw new InvalidSubscriberLinkError();
  return subscriberId;
}

export async function readConfirmLink(token: unknown, now: Date): Promise<ConfirmClaim | "invalid" | "expired"> {
  const text = tokenText(token);
  return text === null ? "invalid" : readConfirmToken(await getInstanceSecret(), text, now);
}

/** A manage token for a subscriber, e.g. to link the confirmed page to the manage page. */
export async function manageTokenFor(subscriberId: string): Promise<string> {
  return signManageToken(await getInstanceSecret(), subscriberId);
}
