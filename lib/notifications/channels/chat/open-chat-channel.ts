import "server-only";
import { openSecret } from "../../../secrets/secret-box";
import type { Channel } from "../../outbox/channel";
import { classifyHttpError } from "../http/classify-http-error";
import { SealedSecretError } from "../http/http-errors";
import { createHttpSender, describeAnswer, type HttpSenderSettings } from "../http/http-sender";
import { loadTestWebhookContent, loadWebhookContent } from "../webhook/load-webhook-content";
import type { WebhookContent } from "../webhook/webhook-payload";
import type { ChatNotice } from "./chat-notice";
import { chatNoticeFrom } from "./chat-notice-from";

// What Slack, Discord and Teams share: an incoming-webhook URL (a credential, so kept sealed),
// one message per notification laid out by the chat's own format, posted as webhooks are.
// A chat's folder only says how its message looks.

export type ChatMessage = { sealedUrl: string | null; body: string };

export type ChatFormat = (notice: ChatNotice) => unknown;

export function openChatChannel(format: ChatFormat, settings: HttpSenderSettings = {}): Channel<ChatMessage> {
  const sender = createHttpSender(settings);
  // Every team channel of one notification gets the same message: laid out once.
  const messages = (content: WebhookContent) => {
    const body = JSON.stringify(format(chatNoticeFrom(content)));
    return (recipient: { signingSecret: string | null }) => ({ sealedUrl: recipient.signingSecret, body });
  };
  return {
    heldReason: null,
    concurrency: sender.concurrency,
    async render(notificationId) {
      const content = await loadWebhookContent(notificationId);
      return content ? messages(content) : null;
    },
    renderTest: async () => messages(await loadTestWebhookContent()),
    async send({ sealedUrl, body }) {
      const url = sealedUrl ? await openSecret("chat-webhook-url", sealedUrl) : null;
      if (!url) throw new SealedSecretError("the channel's webhook URL");
      return describeAnswer(await sender.post(url, body, {}));
    },
    classify: classifyHttpError,
    close: () => sender.close(),
  };
}
