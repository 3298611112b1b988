import type { DeliveryCounts, DeliveryStatus } from "./delivery-counts";

// Delivery counts in words for the dashboard ("120 sent · 3 pending · 1 failed"): words, not
// colours, and only the statuses that occur, so a glance finds the problem.

export const deliveryStatusLabel: Record<DeliveryStatus, string> = {
  sent: "sent",
  pending: "pending",
  failed: "failed",
  held: "not sent (no SMTP)",
  cancelled: "cancelled",
};

const order: DeliveryStatus[] = ["sent", "pending", "failed", "held", "cancelled"];

export function describeDeliveryCounts(counts: DeliveryCounts, options: { queued: boolean }): string {
  const parts = order.filter((status) => counts[status] > 0).map((status) => `${counts[status]} ${deliveryStatusLabel[status]}`);
  // Not fanned out yet: the worker has still to make one email per subscriber.
  if (options.queued) parts.unshift("queued");
  return parts.length > 0 ? parts.join(" · ") : "no subscribers to notify";
}
