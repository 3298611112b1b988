import "server-only";
import { getDb } from "../db";
import { log } from "../log";
import type { LinkSigner } from "../subscribers/subscriber-links";
import type { ClaimedDelivery } from "./claim-deliveries";
import type { MailTransport } from "./mail-transport";
import type { RenderCache, RenderedNotification } from "./notification-renderer";
import {
  markDeliveriesCancelled,
  markDeliveriesHeld,
  markDeliveryRefused,
  markDeliveryRetry,
  releaseDeliveries,
} from "./record-delivery-outcome";
import { classifySendError, describeFailure } from "./retry-policy";
import { createSentRecorder } from "./sent-recorder";

export type SendContext = {
  /** null: no SMTP_URL, so emails are held (kept, never sent). */
  transport: MailTransport | null;
  renders: RenderCache;
  signLinks: LinkSigner;
  /** MAIL_FROM, else "<page name>" <status@host>; host also names the Message-ID. */
  sender: { mailFrom?: string; host: string };
  retrySeconds: number;
  /** Messages in flight at once (a little above the pool's connections keeps them all busy). */
  concurrency: number;
  /** No message starts this close to its lease's end: it could still be in flight when another process takes it. */
  leaseMarginMs: number;
  isStopping: () => boolean;
};

export type BatchResult = { sent: number; retried: number; failed: number; cancelled: number; held: number; released: number; unreachable?: string };

type Subscriber = { id: string; email: string; state: string; confirmVersion: number };
type Job = { delivery: ClaimedDelivery; notification: RenderedNotification; subscriber: Subscriber };

const GONE = "not sent: the incident or update was deleted";
const LEFT = "not sent: the subscriber is no longer subscribed";

async function loadJobs(deliveries: ClaimedDelivery[], renders: RenderCache) {
  const subscriberRows = await getDb().subscriber.findMany({
    where: { id: { in: [...new Set(deliveries.map((delivery) => delivery.subscriberId))] } },
    select: { id: true, email: true, state: true, confirmVersion: true },
  });
  const subscribers = new Map(subscriberRows.map((row) => [row.id, row]));
  const notifications = new Map<string, RenderedNotification | null>();
  for (const id of new Set(deliveries.map((delivery) => delivery.notificationId))) notifications.set(id, await renders.get(id));
  const jobs: Job[] = [];
  const gone: string[] = [];
  const left: string[] = [];
  for (const delivery of deliveries) {
    const notification = notifications.get(delivery.notificationId);
    const subscriber = subscribers.get(delivery.subscriberId);
    // Only a confirmation goes to a pending address; everything else needs a confirmed one.
    const wanted = notification?.kind === "confirmation" ? "pending" : "confirmed";
    if (!notification?.compose) gone.push(delivery.id);
    else if (subscriber?.state !== wanted) left.push(delivery.id);
    else jobs.push({ delivery, notification, subscriber });
  }
  await markDeliveriesCancelled(gone, GONE);
  await markDeliveriesCancelled(left, LEFT);
  return { jobs, cancelled: gone.length + left.length };
}

/**
 * Sends one claimed batch over the pool, several at a time, and records each outcome as it
 * arrives. Stops starting messages once the server proves unreachable (the rest are handed back
 * untried) and reports it, so the caller backs off instead of burning through the batch.
 */
export async function sendClaimedDeliveries(deliveries: ClaimedDelivery[], context: SendContext): Promise<BatchResult> {
  const { jobs, cancelled } = await loadJobs(deliveries, context.renders);
  const result: BatchResult = { sent: 0, retried: 0, failed: 0, cancelled, held: 0, released: 0 };
  const { transport } = context;
  if (!transport) {
    await markDeliveriesHeld(jobs.map((job) => job.delivery.id));
    return { ...result, held: jobs.length };
  }
  const released: string[] = [];
  const recordSent = createSentRecorder();
  let next = 0;
  const sendOne = async ({ delivery, notification, subscriber }: Job) => {
    try {
      const { host, mailFrom } = context.sender;
      const email = notification.compose!({ subscriberId: subscriber.id, email: subscriber.email, links: context.signLinks(subscriber) });
      await transport.send({
        from: mailFrom ?? { name: notification.pageName, address: `status@${host}` },
        to: subscriber.email,
        subject: email.subject,
        text: email.text,
        html: email.html,
        headers: email.headers,
        // Stable per delivery: a message repeated after a crash is recognisable downstream.
        messageId: `<${delivery.id}@${host}>`,
      });
    } catch (error) {
      const failure = classifySendError(error);
      const about = { deliveryId: delivery.id, notificationId: delivery.notificationId, reason: failure.message };
      if (failure.kind === "permanent") {
        await markDeliveryRefused(delivery, failure.message);
        result.failed += 1;
        log.warn("email refused by the mail server; subscriber marked failed", about);
        return;
      }
      const status = await markDeliveryRetry({ ...delivery, message: failure.message, retrySeconds: context.retrySeconds });
      if (status === "failed") result.failed += 1;
      else result.retried += 1;
      if (failure.kind === "unreachable") result.unreachable ??= failure.message;
      // An outage is logged once by the loop; a message given up on is logged always.
      if (status === "failed") log.warn("email failed for good after its last attempt", about);
      else if (failure.kind !== "unreachable") log.warn("email deferred; will retry", about);
      return;
    }
    await recordSent(delivery.id);
    result.sent += 1;
  };
  const lane = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      const late = Date.now() > job.delivery.claimedUntil.getTime() - context.leaseMarginMs;
      if (result.unreachable || context.isStopping() || late) released.push(job.delivery.id);
      else await sendOne(job);
    }
  };
  // Settled, not Promise.all: a lane that fails must not leave the others sending unwatched.
  const lanes = await Promise.allSettled(Array.from({ length: Math.min(context.concurrency, jobs.length) }, lane));
  await releaseDeliveries(released).catch((error: unknown) =>
    log.warn(`could not hand back unsent emails (their lease will run out): ${describeFailure(String(error))}`),
  );
  const failedLane = lanes.find((lane) => lane.status === "rejected");
  if (failedLane) throw failedLane.reason;
  return { ...result, released: released.length };
}
