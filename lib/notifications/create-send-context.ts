import "server-only";
import { getEnv } from "../env";
import { subscriberLinkSigner } from "../subscribers/subscriber-links";
import { createMailTransport } from "./mail-transport";
import { createRenderCache, type NotificationRenderer } from "./notification-renderer";
import { renderNotification } from "./render-notification";
import type { SendContext } from "./send-claimed-deliveries";

export type SendSettings = {
  /** Defaults to SMTP_URL; null holds every email (kept, not sent). */
  smtpUrl?: string | null;
  retrySeconds?: number;
  leaseSeconds?: number;
  maxConnections?: number;
  render?: NotificationRenderer;
  isStopping?: () => boolean;
};

export type SendSetup = { context: SendContext; leaseMs: number; close: () => void };

/** Everything sending needs, made once per worker: the SMTP pool, link signer and render cache. */
export async function createSendContext(settings: SendSettings = {}): Promise<SendSetup> {
  const env = getEnv();
  const smtpUrl = settings.smtpUrl === undefined ? env.SMTP_URL : settings.smtpUrl;
  const leaseMs = (settings.leaseSeconds ?? env.BEACON_MAIL_LEASE_SECONDS) * 1000;
  const maxConnections = settings.maxConnections ?? 5;
  const signLinks = await subscriberLinkSigner(env.BEACON_URL);
  const transport = smtpUrl ? createMailTransport({ smtpUrl, maxConnections }) : null;
  const context: SendContext = {
    transport,
    renders: createRenderCache(settings.render ?? renderNotification),
    signLinks,
    sender: { mailFrom: env.MAIL_FROM, host: new URL(env.BEACON_URL).hostname },
    retrySeconds: settings.retrySeconds ?? env.BEACON_MAIL_RETRY_SECONDS,
    // Twice the connections: a connection never idles while its last answer is recorded.
    concurrency: maxConnections * 2,
    // The connect, greeting and socket timeouts fit in this margin (or in half a short lease).
    leaseMarginMs: Math.min(60_000, leaseMs / 2),
    isStopping: settings.isStopping ?? (() => false),
  };
  return { context, leaseMs, close: () => transport?.close() };
}
