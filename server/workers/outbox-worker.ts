import "server-only";
import { log } from "../../lib/log";
import type { ChannelSettings } from "../../lib/notifications/channels/registry";
import { claimDueDeliveries } from "../../lib/notifications/outbox/claim-deliveries";
import type { SendSettings } from "../../lib/notifications/outbox/create-send-context";
import { describeFailure } from "../../lib/notifications/outbox/describe-failure";
import { fanOutNotifications } from "../../lib/notifications/outbox/fan-out-notifications";
import { createChannelBackoff } from "./channel-backoff";
import { openSenders, sendByChannel } from "./send-by-channel";
import { onMailWake } from "../../lib/notifications/outbox/wake";
import { createLoopPause } from "./loop-pause";

// The outbox worker: fans outbox entries out into deliveries and sends what is due, in a loop.
// It runs inside `npm start` and in `npm run worker` processes; any number may run against one
// database, since entries and deliveries are claimed, never just read and sent.

export type OutboxWorkerOptions = Omit<SendSettings, "isStopping"> & { channels?: ChannelSettings; batchSize?: number; idleMs?: number };

const MAX_BACKOFF_MS = 5 * 60_000;
const ERROR_PAUSE_MS = 5_000;
const WAKE_WINDOW_MS = 3_000;
const holder = globalThis as unknown as { beaconMailWorker?: boolean };

/** Starts the loop; the returned function stops it once in-flight messages are done. */
export function startOutboxWorker(options: OutboxWorkerOptions = {}): () => Promise<void> {
  if (holder.beaconMailWorker) {
    log.warn("a mail worker already runs in this process; not starting another");
    return async () => {};
  }
  holder.beaconMailWorker = true;
  let stopping = false;
  // A wake (new work in this process) cuts an idle pause short, stopping any pause.
  const pause = createLoopPause();
  // A wake can come before the writer's transaction commits (PostgreSQL commits take a round
  // trip), so for a moment after one the loop looks again every 100 ms instead of idling.
  let wokenAt = 0;
  const stopListening = onMailWake(() => {
    wokenAt = Date.now();
    pause.wake();
  });
  const idlePause = () => (Date.now() - wokenAt < WAKE_WINDOW_MS ? 100 : (options.idleMs ?? 1_000));
  let closeChannel = () => {};

  const loop = async () => {
    const senders = await openSenders(options.channels, { ...options, isStopping: () => stopping });
    closeChannel = () => senders.close();
    const { leaseMs, retrySeconds } = senders;
    log.info(senders.contexts.get("email")?.channel.heldReason ? "mail worker started without SMTP_URL: emails are kept in the outbox, not sent" : "mail worker started");
    // An unreachable service pauses its own channel only: an SMTP outage does not hold webhooks.
    const backoff = createChannelBackoff({ retrySeconds, maxMs: MAX_BACKOFF_MS });
    while (!stopping) {
      const fanned = await fanOutNotifications();
      const claimed = await claimDueDeliveries({ limit: options.batchSize ?? 250, leaseMs, skipChannels: backoff.paused(Date.now()) });
      if (claimed.length === 0) {
        // Idle, but no longer than the first paused channel waits.
        if (fanned.length === 0) await pause.wait(Math.min(idlePause(), backoff.msUntilResume(Date.now()) ?? Infinity), true);
        continue;
      }
      const result = await sendByChannel(claimed, senders);
      if (result.held) log.info(`kept ${result.held} emails unsent: SMTP_URL is not set`);
      for (const channel of new Set(claimed.map((delivery) => delivery.channel))) {
        const change = backoff.record(channel, result.unreachableChannels.get(channel), Date.now());
        if (change?.kind === "up") log.info(`${channel}: reachable again`);
        if (change?.kind === "down") {
          const seconds = Math.round(change.waitMs / 100) / 10;
          log.warn(`${channel}: unreachable (${result.unreachableChannels.get(channel)}); its deliveries wait ${seconds} s, other channels go on`);
        }
      }
    }
  };

  const running = (async () => {
    while (!stopping) {
      try {
        await loop();
      } catch (error) {
        // The database went away or similar: nothing is lost (claims lapse), so wait and go on.
        closeChannel();
        log.warn(`mail worker: ${describeFailure(error instanceof Error ? error.message : String(error))}; retrying in 5 s`);
        await pause.wait(ERROR_PAUSE_MS, false);
      }
    }
  })();

  return async () => {
    stopping = true;
    pause.stop();
    stopListening();
    await running;
    closeChannel();
    holder.beaconMailWorker = false;
  };
}
