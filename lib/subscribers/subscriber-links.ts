import "server-only";
import { getEnv } from "../env";
import { getInstanceSecret } from "../secrets/instance-secret";
import { signConfirmToken, signManageToken } from "./subscriber-tokens";

// The links an email carries for its subscriber. One-click unsubscribe (RFC 8058) POSTs to
// unsubscribeUrl; opening it in a browser leads to the manage page, which asks first.

export type SubscriberLinks = { manageUrl: string; unsubscribeUrl: string; confirmUrl: string };

export type LinkSigner = (subscriber: { id: string; confirmVersion: number }, now?: Date) => SubscriberLinks;

/** Loads the secret once and returns a cheap per-subscriber signer (for fan-outs). */
export async function subscriberLinkSigner(baseUrl = getEnv().BEACON_URL): Promise<LinkSigner> {
  const secret = await getInstanceSecret();
  return (subscriber, now = new Date()) => {
    const manage = encodeURIComponent(signManageToken(secret, subscriber.id));
    const confirm = encodeURIComponent(signConfirmToken(secret, subscriber.id, subscriber.confirmVersion, now));
    return {
      manageUrl: `${baseUrl}/subscribe/manage?token=${manage}`,
      unsubscribeUrl: `${baseUrl}/subscribe/unsubscribe?token=${manage}`,
      confirmUrl: `${baseUrl}/subscribe/confirm?token=${confirm}`,
    };
  };
}
