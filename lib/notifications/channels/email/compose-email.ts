import "server-only";
import type { NotificationKind } from "../../outbox/enqueue-notification";
import type { SubscriberLinks } from "../../../subscribers/subscriber-links";
import { buildEmailContent } from "./build-email-content";
import { type EmailTemplate, fillTemplate } from "./email-template";
import { escapeHtml, oneLine } from "./escape-html";
import { loadNotificationData } from "./load-notification-data";

// The contract with the email channel (email-channel.ts): load once per notification (all
// queries, markdown and layout happen here), then compose once per recipient, which only
// fills in that recipient's links and the line saying why they get the email.

export type EmailContent = {
  notificationId: string;
  kind: NotificationKind;
  /** The sender's name when MAIL_FROM is not set. */
  pageName: string;
  subject: string;
  html: EmailTemplate;
  text: EmailTemplate;
  /** RFC 8058 one-click unsubscribe headers: on everything but a confirmation request. */
  listUnsubscribe: boolean;
  /** Why a subscriber gets it, for those who chose components; `defaultReason` for the rest. */
  reasons: ReadonlyMap<string, { text: string; html: string }>;
  defaultReason: { text: string; html: string };
};

export type ComposedEmail = { subject: string; text: string; html: string; headers: Record<string, string> };

export type EmailRecipient = { subscriberId: string; email: string; links: SubscriberLinks };

/** Null when the notification's subscriber, incident or update no longer exists. */
export async function loadEmailContent(notificationId: string): Promise<EmailContent | null> {
  const data = await loadNotificationData(notificationId);
  return data ? buildEmailContent(notificationId, data) : null;
}

export function composeEmail(content: EmailContent, recipient: EmailRecipient): ComposedEmail {
  const { links } = recipient;
  const reason = content.reasons.get(recipient.subscriberId) ?? content.defaultReason;
  const html = fillTemplate(content.html, {
    confirmUrl: escapeHtml(links.confirmUrl),
    manageUrl: escapeHtml(links.manageUrl),
    unsubscribeUrl: escapeHtml(links.unsubscribeUrl),
    reason: reason.html,
  });
  const text = fillTemplate(content.text, { ...links, reason: reason.text });
  const headers: Record<string, string> = content.listUnsubscribe
    ? { "List-Unsubscribe": `<${oneLine(links.unsubscribeUrl)}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
    : {};
  return { subject: content.subject, text, html, headers };
}
