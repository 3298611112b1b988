import "server-only";
import { getEnv } from "../../../env";
import { subscriberLinkSigner } from "../../../subscribers/subscriber-links";
import type { Channel } from "../../outbox/channel";
import { classifySmtpError } from "./classify-smtp-error";
import { type ComposedEmail, composeEmail, loadEmailContent } from "./compose-email";
import { createMailTransport } from "./mail-transport";

// Email over SMTP: one pooled transport per worker, the instance's link signer, and the
// sender's address. Without SMTP_URL every email is held: kept in the outbox, never sent.

export const NO_SMTP_MESSAGE = "not sent: SMTP_URL is not set";

export type EmailChannelSettings = {
  /** Defaults to SMTP_URL; null holds every email (kept, not sent). */
  smtpUrl?: string | null;
  maxConnections?: number;
};

export type EmailMessage = { to: string; pageName: string; email: ComposedEmail };

export async function openEmailChannel(settings: EmailChannelSettings = {}): Promise<Channel<EmailMessage>> {
  const env = getEnv();
  const smtpUrl = settings.smtpUrl === undefined ? env.SMTP_URL : settings.smtpUrl;
  const maxConnections = settings.maxConnections ?? 5;
  const signLinks = await subscriberLinkSigner(env.BEACON_URL);
  const transport = smtpUrl ? createMailTransport({ smtpUrl, maxConnections }) : null;
  // MAIL_FROM, else "<page name>" <status@host>; the host also names the Message-ID.
  const host = new URL(env.BEACON_URL).hostname;
  return {
    heldReason: transport ? null : NO_SMTP_MESSAGE,
    // Twice the connections: a connection never idles while its last answer is recorded.
    concurrency: maxConnections * 2,
    async render(notificationId) {
      const content = await loadEmailContent(notificationId);
      if (!content) return null;
      return (recipient) => ({
        to: recipient.email,
        pageName: content.pageName,
        email: composeEmail(content, { subscriberId: recipient.id, email: recipient.email, links: signLinks(recipient) }),
      });
    },
    async send({ to, pageName, email }, deliveryId) {
      if (!transport) throw new Error(NO_SMTP_MESSAGE);
      return transport.send({
        from: env.MAIL_FROM ?? { name: pageName, address: `status@${host}` },
        to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        headers: email.headers,
        // Stable per delivery: a message repeated after a crash is recognisable downstream.
        messageId: `<${deliveryId}@${host}>`,
      });
    },
    classify: classifySmtpError,
    close: () => transport?.close(),
  };
}
