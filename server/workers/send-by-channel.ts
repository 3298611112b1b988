import "server-only";
import { CHANNEL_NAMES, type ChannelName, type ChannelSettings, isChannelName, openChannel } from "../../lib/notifications/channels/registry";
import type { ClaimedDelivery } from "../../lib/notifications/outbox/claim-deliveries";
import { createSendContext, type SendContext, type SendSettings } from "../../lib/notifications/outbox/create-send-context";
import { markDeliveryFailed } from "../../lib/notifications/outbox/record-delivery-outcome";
import { type BatchResult, sendClaimedDeliveries } from "../../lib/notifications/outbox/send-claimed-deliveries";

// One worker sends through every channel: each claimed batch is split by the channel its
// deliveries carry, and the parts go out side by side, each at its channel's concurrency;
// which channels proved unreachable is told apart, so only those back off.

export type Senders = { contexts: Map<ChannelName, SendContext>; leaseMs: number; retrySeconds: number; close(): void };

export async function openSenders(channels: ChannelSettings | undefined, settings: SendSettings): Promise<Senders> {
  const contexts = new Map<ChannelName, SendContext>();
  let leaseMs = 0;
  let retrySeconds = 0;
  try {
    for (const name of CHANNEL_NAMES) {
      const setup = createSendContext(await openChannel(name, channels), settings);
      contexts.set(name, setup.context);
      ({ leaseMs } = setup);
      ({ retrySeconds } = setup.context);
    }
  } catch (error) {
    for (const context of contexts.values()) context.channel.close();
    throw error;
  }
  return { contexts, leaseMs, retrySeconds, close: () => contexts.forEach((context) => context.channel.close()) };
}

const EMPTY: BatchResult = { sent: 0, retried: 0, failed: 0, cancelled: 0, held: 0, released: 0 };

function add(total: BatchResult, part: BatchResult): BatchResult {
  return {
    sent: total.sent + part.sent,
    retried: total.retried + part.retried,
    failed: total.failed + part.failed,
    cancelled: total.cancelled + part.cancelled,
    held: total.held + part.held,
    released: total.released + part.released,
    unreachable: total.unreachable ?? part.unreachable,
  };
}

/** The batch's totals, and per channel the reason it proved unreachable (its service is down). */
export type ChannelsResult = BatchResult & { unreachableChannels: Map<string, string> };

export async function sendByChannel(claimed: ClaimedDelivery[], senders: Senders): Promise<ChannelsResult> {
  const groups = new Map<string, ClaimedDelivery[]>();
  for (const delivery of claimed) {
    const group = groups.get(delivery.channel);
    if (group) group.push(delivery);
    else groups.set(delivery.channel, [delivery]);
  }
  const parts = await Promise.allSettled(
    [...groups].map(async ([name, deliveries]): Promise<[string, BatchResult]> => {
      const context = isChannelName(name) ? senders.contexts.get(name) : undefined;
      if (context) return [name, await sendClaimedDeliveries(deliveries, context)];
      // Written by a newer Beacon, or a channel since removed: nothing here can send it.
      for (const delivery of deliveries) await markDeliveryFailed(delivery, `not sent: no channel named "${name}"`);
      return [name, { ...EMPTY, failed: deliveries.length }];
    }),
  );
  const failed = parts.find((part) => part.status === "rejected");
  if (failed) throw failed.reason;
  const done = parts.flatMap((part) => (part.status === "fulfilled" ? [part.value] : []));
  const unreachableChannels = new Map(done.flatMap(([name, part]) => (part.unreachable ? [[name, part.unreachable] as const] : [])));
  return { ...done.reduce((total, [, part]) => add(total, part), EMPTY), unreachableChannels };
}
