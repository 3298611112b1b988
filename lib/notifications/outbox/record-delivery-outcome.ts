import "server-only";
import { getDb } from "../../db";
import { MAX_ATTEMPTS, retryDelayMs } from "./retry-policy";

// What happened to a claimed delivery, written the moment it is known, so a crash repeats at
// most the messages whose answer had just arrived.

// updateMany, not update: Prisma runs update() in a transaction of its own to return the row,
// several times slower on SQLite, and these writes come once per email.

/** The receiver took these (an SMTP server's 250, a 2xx) with one same answer: the messages are its responsibility now. */
export async function markDeliveriesSent(ids: string[], answer: string | null = null, now = new Date()): Promise<void> {
  await getDb().delivery.updateMany({
    where: { id: { in: ids } },
    data: { status: "sent", sentAt: now, claimedUntil: null, lastError: null, answer },
  });
}

export type TransientFailure = { id: string; attempts: number; message: string; retrySeconds: number; now?: Date };

/** Counts a failed try and schedules the next; the tenth failure is final. Returns the new status. */
export async function markDeliveryRetry(failure: TransientFailure): Promise<"pending" | "failed"> {
  const now = failure.now ?? new Date();
  const attempts = failure.attempts + 1;
  const status = attempts >= MAX_ATTEMPTS ? "failed" : "pending";
  await getDb().delivery.updateMany({
    where: { id: failure.id },
    data: {
      status,
      attempts,
      lastError: failure.message,
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts, failure.retrySeconds)),
      claimedUntil: null,
    },
  });
  return status;
}

type Tried = { id: string; attempts: number };

function markFailed(delivery: Tried, message: string) {
  return getDb().delivery.updateMany({
    where: { id: delivery.id },
    data: { status: "failed", attempts: delivery.attempts + 1, lastError: message, claimedUntil: null },
  });
}

/** The channel gave up on this delivery (the recipient stays); no more attempts. */
export async function markDeliveryFailed(delivery: Tried, message: string): Promise<void> {
  await markFailed(delivery, message);
}

/** The recipient refused for good (gone): the delivery fails and so does the subscriber. */
export async function markDeliveryRefused(delivery: Tried & { subscriberId: string }, message: string): Promise<void> {
  await getDb().$transaction([
    markFailed(delivery, message),
    getDb().subscriber.updateMany({
      where: { id: delivery.subscriberId, state: { in: ["pending", "confirmed"] } },
      data: { state: "failed", lastError: message },
    }),
  ]);
}

/** Ends deliveries without sending: the subscriber left, or the incident is gone. */
export async function markDeliveriesCancelled(ids: string[], reason: string): Promise<void> {
  if (ids.length === 0) return;
  await getDb().delivery.updateMany({
    where: { id: { in: ids }, status: "pending" },
    data: { status: "cancelled", lastError: reason, claimedUntil: null },
  });
}

/** Keeps deliveries unsent because their channel is not set up (no SMTP_URL); the dashboard lists them. */
export async function markDeliveriesHeld(ids: string[], reason: string): Promise<void> {
  if (ids.length === 0) return;
  await getDb().delivery.updateMany({
    where: { id: { in: ids }, status: "pending" },
    data: { status: "held", lastError: reason, claimedUntil: null },
  });
}

/** Gives claimed deliveries back untried (the server is unreachable, or we are stopping). */
export async function releaseDeliveries(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await getDb().delivery.updateMany({ where: { id: { in: ids }, status: "pending" }, data: { claimedUntil: null } });
}
