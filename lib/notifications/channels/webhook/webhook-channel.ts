import "server-only";
import { getEnv } from "../../../env";
import { openSecret } from "../../../secrets/secret-box";
import { subscriberLinkSigner } from "../../../subscribers/subscriber-links";
import type { Channel, Recipient } from "../../outbox/channel";
import { classifyHttpError } from "../http/classify-http-error";
import { SealedSecretError } from "../http/http-errors";
import { createHttpSender, describeAnswer, type HttpSenderSettings } from "../http/http-sender";
import { loadTestWebhookContent, loadWebhookContent } from "./load-webhook-content";
import { SIGNATURE_HEADER, signWebhookBody } from "./sign-webhook";
import { buildWebhookPayload, type WebhookContent } from "./webhook-payload";

// Webhook subscribers: Statuspage's payload, signed with the endpoint's own secret, sent to
// an address checked after DNS at send time, with a short timeout.

export type WebhookChannelSettings = HttpSenderSettings;

export type WebhookMessage = { endpoint: string; sealedSecret: string | null; body: string };

export async function openWebhookChannel(settings: WebhookChannelSettings = {}): Promise<Channel<WebhookMessage>> {
  const signLinks = await subscriberLinkSigner(getEnv().BEACON_URL);
  const sender = createHttpSender(settings);
  const messages = (content: WebhookContent) => {
    const generatedAt = new Date();
    return (recipient: Recipient) => ({
      endpoint: recipient.endpoint,
      sealedSecret: recipient.signingSecret,
      body: JSON.stringify(buildWebhookPayload(content, { unsubscribeUrl: signLinks(recipient).unsubscribeUrl, generatedAt })),
    });
  };
  return {
    heldReason: null,
    concurrency: sender.concurrency,
    async render(notificationId) {
      const content = await loadWebhookContent(notificationId);
      return content ? messages(content) : null;
    },
    renderTest: async () => messages(await loadTestWebhookContent()),
    async send({ endpoint, sealedSecret, body }, deliveryId) {
      const secret = sealedSecret ? await openSecret("webhook-signing", sealedSecret) : null;
      if (!secret) throw new SealedSecretError();
      const answer = await sender.post(endpoint, body, {
        [SIGNATURE_HEADER]: signWebhookBody(secret, body, new Date()),
        // Stable across retries: a receiver can recognise a request it already took.
        "X-Beacon-Delivery": deliveryId,
      });
      return describeAnswer(answer);
    },
    classify: classifyHttpError,
    close: () => sender.close(),
  };
}
