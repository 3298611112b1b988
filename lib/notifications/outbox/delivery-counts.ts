import "server-only";
import { z } from "zod";
import { type Actor, authorize } from "../../auth/actor";
import { getDb } from "../../db";
import { parseInput } from "../../validation";

// How the emails of a notification fared, counted by the database in one grouped query however
// many notifications are asked about (an incident page shows one line per update).

export const DELIVERY_STATUSES = ["sent", "pending", "failed", "held", "cancelled"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export type DeliveryCounts = Record<DeliveryStatus, number>;

export type NotificationSummary = {
  /** The newest notification counted, for a link to its outbox entry. */
  notificationId: string;
  /** Not yet fanned out to its subscribers: the deliveries do not exist yet. */
  queued: boolean;
  counts: DeliveryCounts;
};

export type IncidentDeliveryCounts = {
  /** By incident update id; updates that notified nobody are absent. */
  updates: Record<string, NotificationSummary>;
  postmortem: NotificationSummary | null;
};

export function emptyDeliveryCounts(): DeliveryCounts {
  return { sent: 0, pending: 0, failed: 0, held: 0, cancelled: 0 };
}

/** Counts per status of each notification, keyed by its id. Callers authorise first. */
export async function countDeliveries(where: { notificationId: { in: string[] } } | { notification: object }): Promise<Map<string, DeliveryCounts>> {
  const groups = await getDb().delivery.groupBy({ by: ["notificationId", "status"], where, _count: { _all: true } });
  const byNotification = new Map<string, DeliveryCounts>();
  for (const group of groups) {
    const counts = byNotification.get(group.notificationId) ?? emptyDeliveryCounts();
    counts[group.status] += group._count._all;
    byNotification.set(group.notificationId, counts);
  }
  return byNotification;
}

export const incidentDeliveryCountsInput = z.object({
  pageId: z.string().trim().min(1).max(100),
  incidentId: z.string().trim().min(1).max(100),
});

/** Emails per update of one incident, and for its postmortem. Counts only: no addresses. */
export async function getIncidentDeliveryCounts(actor: Actor, input: z.input<typeof incidentDeliveryCountsInput>): Promise<IncidentDeliveryCounts> {
  authorize(actor, "incidents:write");
  const { pageId, incidentId } = parseInput(incidentDeliveryCountsInput, input);
  const kinds = { in: ["incident_update" as const, "postmortem" as const] };
  const [notifications, counts] = await Promise.all([
    getDb().notification.findMany({
      where: { pageId, incidentId, kind: kinds },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, kind: true, incidentUpdateId: true, fannedOutAt: true },
    }),
    countDeliveries({ notification: { pageId, incidentId, kind: kinds } }),
  ]);
  const result: IncidentDeliveryCounts = { updates: {}, postmortem: null };
  for (const notification of notifications) {
    const key = notification.kind === "postmortem" ? null : notification.incidentUpdateId;
    if (notification.kind !== "postmortem" && !key) continue;
    const previous = key ? result.updates[key] : result.postmortem;
    const summary = add(previous, notification.id, notification.fannedOutAt === null, counts.get(notification.id));
    if (key) result.updates[key] = summary;
    else result.postmortem = summary;
  }
  return result;
}

// Normally one notification per update; should there be more, their emails add up.
function add(previous: NotificationSummary | null | undefined, id: string, queued: boolean, counts = emptyDeliveryCounts()): NotificationSummary {
  const total = previous ? { ...previous.counts } : emptyDeliveryCounts();
  for (const status of DELIVERY_STATUSES) total[status] += counts[status];
  return { notificationId: id, queued: queued || Boolean(previous?.queued), counts: total };
}
