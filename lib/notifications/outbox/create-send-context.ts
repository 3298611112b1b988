import "server-only";
import { getEnv } from "../../env";
import type { Channel } from "./channel";
import { createRenderCache, type RenderCache } from "./render-cache";

export type SendSettings = {
  retrySeconds?: number;
  leaseSeconds?: number;
  isStopping?: () => boolean;
};

export type SendContext = {
  channel: Channel;
  renders: RenderCache;
  retrySeconds: number;
  /** No message starts this close to its lease's end: it could still be in flight when another process takes it. */
  leaseMarginMs: number;
  isStopping: () => boolean;
};

export type SendSetup = { context: SendContext; leaseMs: number };

/** Everything sending needs, made once per worker around an open channel (channels/index.ts). */
export function createSendContext(channel: Channel, settings: SendSettings = {}): SendSetup {
  const env = getEnv();
  const leaseMs = (settings.leaseSeconds ?? env.BEACON_MAIL_LEASE_SECONDS) * 1000;
  const context: SendContext = {
    channel,
    renders: createRenderCache((notificationId) => channel.render(notificationId)),
    retrySeconds: settings.retrySeconds ?? env.BEACON_MAIL_RETRY_SECONDS,
    // The channel's own timeouts fit in this margin (or in half a short lease).
    leaseMarginMs: Math.min(60_000, leaseMs / 2),
    isStopping: settings.isStopping ?? (() => false),
  };
  return { context, leaseMs };
}
