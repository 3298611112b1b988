import "server-only";
import { getDb } from "../db";
import { subscriberIdFromManageToken } from "./read-link-token";

// What the manage page shows. The address is shown in full: only someone holding the link from
// that inbox (or who was forwarded it) can open the page.

export type SubscriberState = "pending" | "confirmed" | "unsubscribed" | "failed";

export type Subscription = {
  pageId: string;
  channel: "email" | "webhook";
  email: string;
  /** A webhook's URL; null for an email subscriber. */
  endpoint: string | null;
  state: SubscriberState;
  allComponents: boolean;
  componentIds: string[];
};

/** The subscription a manage token names; null for a bad token or a subscription since removed. */
export async function getSubscription(token: unknown): Promise<Subscription | null> {
  const subscriberId = await subscriberIdFromManageToken(token);
  if (subscriberId === null) return null;
  const subscriber = await getDb().subscriber.findUnique({
    where: { id: subscriberId },
    select: { pageId: true, channel: true, email: true, endpoint: true, state: true, allComponents: true, components: { select: { componentId: true } } },
  });
  if (!subscriber) return null;
  const { components, channel, endpoint, ...rest } = subscriber;
  const webhook = channel === "webhook";
  return { ...rest, channel: webhook ? "webhook" : "email", endpoint: webhook ? endpoint : null, componentIds: components.map((component) => component.componentId) };
}
