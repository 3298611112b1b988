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
 * subscribers of the whole page or of any component the incident affects (maintenance alike)
 * who take that kind of news (notifyIncidents, notifyMaintenance: a team channel may take
 * one only). An unconfirmed address so receives nothing but its confirmation. A component's
 * status change goes to confirmed subscribers of the page or of that component who take
 * component changes (webhooks and the team channels that chose them: email has never announced
 * bare component changes). Each comes with the channel it is reached through, which its
 * deliveries carry.
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
    // The owner of the disabled endpoint (a webhook, a team channel), by email: the delivery is the subscriber's, its channel email.
    if (!entry.subscriberId) return [];
    const owner = await tx.subscriber.findFirst({
      where: { id: entry.subscriberId, pageId: entry.pageId, channel: { not: "email" }, state: "failed" },
      select: { id: true },
    });
    return owner ? [{ id: owner.id, channel: "email" }] : [];
  }
  if (!entry.incidentId) return [];
  const incident = await tx.incident.findFirst({
    where: { id: entry.incidentId, pageId: entry.pageId },
    select: { kind: true, components: { select: { componentId: true } } },
  });
  if (!incident) return [];
  const componentIds = incident.components.map((row) => row.componentId);
  const subscribers = await tx.subscriber.findMany({
    where: {
      pageId: entry.pageId,
      state: "confirmed",
      ...(incident.kind === "maintenance" ? { notifyMaintenance: true } : { notifyIncidents: true }),
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
      notifyComponents: true,
      OR: [{ allComponents: true }, { components: { some: { componentId: change.componentId } } }],
    },
    select: { id: true, channel: true },
  });
}
