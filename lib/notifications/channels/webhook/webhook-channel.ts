import "server-only";
import { getEnv } from "../../../env";
import { openSecret } from "../../../secrets/secret-box";
import { subscriberLinkSigner } from "../../../subscribers/subscriber-links";
import type { Channel } from "../../outbox/channel";
import { createAgentPool } from "./address-agents";
import { classifyWebhookError } from "./classify-webhook-error";
import { loadWebhookContent } from "./load-webhook-content";
import { postWebhook } from "./post-webhook";
import { resolveEndpoint } from "./resolve-endpoint";
import { SIGNATURE_HEADER, signWebhookBody } from "./sign-webhook";
import { buildWebhookPayload } from "./webhook-payload";
import { WebhookSecretError } from "./webhook-errors";

// Webhook subscribers: Statuspage's payload, signed with the endpoint's own secret, sent to
// an address checked after DNS at send time, with a short timeout.

export type WebhookChannelSettings = {
  /** Defaults to BEACON_ALLOW_PRIVATE_WEBHOOKS. */
  allowPrivate?: boolean;
  timeoutMs?: number;
  concurrency?: number;
};

export type WebhookMessage = { endpoint: string; sealedSecret: string | null; body: string };

const DEFAULT_TIMEOUT_MS = 10_000;

export async function openWebhookChannel(settings: WebhookChannelSettings = {}): Promise<Channel<WebhookMessage>> {
  const env = getEnv();
  const allowPrivate = settings.allowPrivate ?? env.BEACON_ALLOW_PRIVATE_WEBHOOKS;
  const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const signLinks = await subscriberLinkSigner(env.BEACON_URL);
  const concurrency = settings.concurrency ?? 20;
  // As many connections per address as requests in flight: none waits for a socket.
  const agents = createAgentPool({ maxSocketsPerAddress: concurrency });
  return {
    heldReason: null,
    concurrency,
    async render(notificationId) {
      const content = await loadWebhookContent(notificationId);
      if (!content) return null;
      const generatedAt = new Date();
      return (recipient) => ({
        endpoint: recipient.endpoint,
        sealedSecret: recipient.signingSecret,
        body: JSON.stringify(buildWebhookPayload(content, { unsubscribeUrl: signLinks(recipient).unsubscribeUrl, generatedAt })),
      });
    },
    async send({ endpoint, sealedSecret, body }, deliveryId) {
      const secret = sealedSecret ? await openSecret("webhook-signing", sealedSecret) : null;
      if (!secret) throw new WebhookSecretError();
      const started = Date.now();
      const target = await resolveEndpoint(endpoint, { allowPrivate, timeoutMs });
      const headers = {
        "User-Agent": "Beacon-Webhook/1",
        [SIGNATURE_HEADER]: signWebhookBody(secret, body, new Date()),
        // Stable across retries: a receiver can recognise a request it already took.
        "X-Beacon-Delivery": deliveryId,
      };
      // One budget for the lookup and the request together.
      const agent = agents.agentFor(target);
      await postWebhook({ target, body, headers, agent, timeoutMs: Math.max(1, timeoutMs - (Date.now() - started)) });
    },
    classify: classifyWebhookError,
    close: () => agents.destroy(),
  };
}
