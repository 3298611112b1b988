import "server-only";
import type { Tx } from "../../db";
import type { NotificationKind } from "./enqueue-notification";

export type OutboxEntry = {
  id: string;
  pageId: string;
  kind: NotificationKind;
  incidentId: string | null;
  subscriberId: string | null;
  componentStatusLogId: string | null;
};

/**
 * The subscribers one outbox entry goes to. A confirmation goes to its subscriber while still
 * pending, an "already subscribed" note while confirmed; an incident's news goes to confirmed
 * subscribers of the whole page or of any component the incident affects (maintenance alike).
 * An unconfirmed address so receives nothing but its confirmation. A component's status change
 * goes to confirmed webhook subscribers of the page or of that component only: email has never
 * announced bare component changes. Each comes with the channel
 * it is reached through (email, webhook), which its deliveries carry.
 */
export type MatchedRecipient = { id: string; channel: string };

export async function matchRecipients(tx: Tx, entry: OutboxEntry): Promise<MatchedRecipient[]> {
  if (entry.kind === "confirmation" || entry.kind === "already_subscribed") {
    if (!entry.subscriberId) return [];
    const state = entry.kind === "confirmation" ? "pending" : "confirmed";
    const subscriber = await tx.subscriber.findFirst({
      where: { id: entry.subscriberId, pageId: entry.pageId, state },
      select: { id: true, channel: true },
    });
    return subscriber ? [subscriber] : [];
  }
  if (entry.kind === "component_update") return matchComponentRecipients(tx, entry);
  if (entry.kind === "webhook_disabled") {
    // The owner of the disabled webhook, by email: the delivery is the subscriber's, its channel email.
    if (!entry.subscriberId) return [];
    const owner = await tx.subscriber.findFirst({
      where: { id: entry.subscriberId, pageId: entry.pageId, channel: "webhook", state: "failed" },
      select: { id: true },
    });
    return owner ? [{ id: owner.id, channel: "email" }] : [];
  }
  if (!entry.incidentId) return [];
  const affected = await tx.incidentComponent.findMany({
    where: { incidentId: entry.incidentId, incident: { pageId: entry.pageId } },
    select: { componentId: true },
  });
  const componentIds = affected.map((row) => row.componentId);
  const subscribers = await tx.subscriber.findMany({
    where: {
      pageId: entry.pageId,
      state: "confirmed",
      OR: [
        { allComponents: true },
        ...(componentIds.length ? [{ components: { some: { componentId: { in: componentIds } } } }] : []),
      ],
    },
    select: { id: true, channel: true },
  });
  return subscribers;
}

async function matchComponentRecipients(tx: Tx, entry: OutboxEntry): Promise<MatchedRecipient[]> {
  if (!entry.componentStatusLogId) return [];
  const change = await tx.componentStatusLog.findFirst({
    where: { id: entry.componentStatusLogId, pageId: entry.pageId },
    select: { componentId: true },
  });
  if (!change) return [];
  return tx.subscriber.findMany({
    where: {
      pageId: entry.pageId,
      state: "confirmed",
      channel: "webhook",
      OR: [{ allComponents: true }, { components: { some: { componentId: change.componentId } } }],
    },
    select: { id: true, channel: true },
  });
}
