import "server-only";
import { getDb } from "../../db";
import { log } from "../../log";
import type { Recipient, RenderedNotification } from "./channel";
import type { ClaimedDelivery } from "./claim-deliveries";
import type { SendContext } from "./create-send-context";
import { describeFailure } from "./describe-failure";
import { disableFailingEndpoint } from "./disable-failing-endpoint";
import {
  markDeliveriesCancelled,
  markDeliveriesHeld,
  markDeliveryFailed,
  markDeliveryRefused,
  markDeliveryRetry,
  releaseDeliveries,
} from "./record-delivery-outcome";
import type { RenderCache } from "./render-cache";
import { createSentRecorder } from "./sent-recorder";

export type BatchResult = { sent: number; retried: number; failed: number; cancelled: number; held: number; released: number; unreachable?: string };

type Job = { delivery: ClaimedDelivery; render: RenderedNotification<unknown>; recipient: Recipient };

const GONE = "not sent: the incident or update was deleted";
const LEFT = "not sent: the subscriber is no longer subscribed";

async function loadJobs(deliveries: ClaimedDelivery[], renders: RenderCache) {
  const subscriberRows = await getDb().subscriber.findMany({
    where: { id: { in: [...new Set(deliveries.map((delivery) => delivery.subscriberId))] } },
    select: { id: true, email: true, state: true, confirmVersion: true, endpoint: true, signingSecret: true },
  });
  const subscribers = new Map(subscriberRows.map((row) => [row.id, row]));
  const notifications = new Map<string, Awaited<ReturnType<RenderCache["get"]>>>();
  for (const id of new Set(deliveries.map((delivery) => delivery.notificationId))) notifications.set(id, await renders.get(id));
  const jobs: Job[] = [];
  const gone: string[] = [];
  const left: string[] = [];
  for (const delivery of deliveries) {
    const notification = notifications.get(delivery.notificationId);
    const subscriber = subscribers.get(delivery.subscriberId);
    // Only a confirmation goes to a pending address, and the notice of a disabled webhook to
    // its owner; everything else needs a confirmed one.
    const wanted = notification?.kind === "confirmation" ? "pending" : notification?.kind === "webhook_disabled" ? "failed" : "confirmed";
    if (!notification?.render) gone.push(delivery.id);
    else if (subscriber?.state !== wanted) left.push(delivery.id);
    else jobs.push({ delivery, render: notification.render, recipient: subscriber });
  }
  await markDeliveriesCancelled(gone, GONE);
  await markDeliveriesCancelled(left, LEFT);
  return { jobs, cancelled: gone.length + left.length };
}

/** After a final failure: an endpoint failing for good too often is disabled (logged, never thrown). */
async function checkEndpoint(delivery: ClaimedDelivery) {
  try {
    if (await disableFailingEndpoint(delivery)) log.warn("webhook endpoint disabled after repeated failures; its owner is told by email", { subscriberId: delivery.subscriberId });
  } catch (error) {
    log.warn(`could not check a failing webhook endpoint (checked again on its next failure): ${describeFailure(String(error))}`);
  }
}

/**
 * Sends one claimed batch through its channel, several at a time, and records each outcome as
 * it arrives. Stops starting messages once the channel proves unreachable (the rest are handed
 * back untried) and reports it, so the caller backs off instead of burning through the batch.
 */
export async function sendClaimedDeliveries(deliveries: ClaimedDelivery[], context: SendContext): Promise<BatchResult> {
  const { jobs, cancelled } = await loadJobs(deliveries, context.renders);
  const result: BatchResult = { sent: 0, retried: 0, failed: 0, cancelled, held: 0, released: 0 };
  const { channel } = context;
  if (channel.heldReason) {
    await markDeliveriesHeld(jobs.map((job) => job.delivery.id), channel.heldReason);
    return { ...result, held: jobs.length };
  }
  const released: string[] = [];
  const recordSent = createSentRecorder();
  let next = 0;
  const sendOne = async ({ delivery, render, recipient }: Job) => {
    let answer: string | void;
    try {
      answer = await channel.send(render(recipient), delivery.id);
    } catch (error) {
      const failure = channel.classify(error);
      const about = { deliveryId: delivery.id, channel: delivery.channel, notificationId: delivery.notificationId, reason: failure.message };
      if (failure.verdict === "recipient_gone") {
        await markDeliveryRefused(delivery, failure.message);
        result.failed += 1;
        log.warn("message refused for good by its recipient; subscriber marked failed", about);
        return;
      }
      if (failure.verdict === "give_up") {
        await markDeliveryFailed(delivery, failure.message);
        result.failed += 1;
        log.warn("message failed for good", about);
        await checkEndpoint(delivery);
        return;
      }
      const status = await markDeliveryRetry({ ...delivery, message: failure.message, retrySeconds: context.retrySeconds });
      if (status === "failed") result.failed += 1;
      else result.retried += 1;
      if (failure.unreachable) result.unreachable ??= failure.message;
      // An outage is logged once by the loop; a message given up on is logged always.
      if (status === "failed") log.warn("message failed for good after its last attempt", about);
      else if (!failure.unreachable) log.warn("message deferred; will retry", about);
      if (status === "failed") await checkEndpoint(delivery);
      return;
    }
    await recordSent(delivery.id, answer ?? null);
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
  const lanes = await Promise.allSettled(Array.from({ length: Math.min(channel.concurrency, jobs.length) }, lane));
  await releaseDeliveries(released).catch((error: unknown) =>
    log.warn(`could not hand back unsent messages (their lease will run out): ${describeFailure(String(error))}`),
  );
  const failedLane = lanes.find((lane) => lane.status === "rejected");
  if (failedLane) throw failedLane.reason;
  return { ...result, released: released.length };
}
