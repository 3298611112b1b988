import type { EmailContent } from "./compose-email";
import type { EmailDocument } from "./email-document";
import { compileTemplate } from "./email-template";
import { incidentReason } from "./email-wording";
import { escapeHtml, oneLine } from "./escape-html";
import { renderHtml } from "./html-layout";
import { incidentDocument, postmortemDocument } from "./incident-documents";
import type { NotificationData } from "./notification-data";
import { renderText } from "./text-layout";
import { alreadySubscribedDocument, confirmationDocument } from "./subscription-documents";
import { webhookDisabledDocument } from "./webhook-disabled-document";

// Turns what was loaded into the prepared email: the document for its kind, laid out once as
// HTML and text, and the per-subscriber "why you get this" lines.

function documentFor(data: NotificationData): EmailDocument {
  switch (data.kind) {
    case "confirmation":
      return confirmationDocument(data);
    case "already_subscribed":
      return alreadySubscribedDocument(data);
    case "incident_update":
      return incidentDocument(data);
    case "postmortem":
      return postmortemDocument(data);
    case "webhook_disabled":
      return webhookDisabledDocument(data);
  }
}

function reasonOf(text: string) {
  return { text, html: escapeHtml(text) };
}

function reasonsFor(data: NotificationData): Pick<EmailContent, "reasons" | "defaultReason"> {
  if (!("followers" in data)) return { reasons: new Map(), defaultReason: reasonOf("") };
  // Subscribers who chose the same components share one pair of strings.
  const shared = new Map<string, { text: string; html: string }>();
  const reasons = new Map<string, { text: string; html: string }>();
  for (const [subscriberId, names] of data.followers) {
    const key = names.join("\u0000");
    let reason = shared.get(key);
    if (!reason) shared.set(key, (reason = reasonOf(incidentReason(data.page.name, names))));
    reasons.set(subscriberId, reason);
  }
  return { reasons, defaultReason: reasonOf(incidentReason(data.page.name, null)) };
}

export function buildEmailContent(notificationId: string, data: NotificationData): EmailContent {
  const document = documentFor(data);
  return {
    notificationId,
    kind: data.kind,
    pageName: data.page.name,
    subject: oneLine(document.subject),
    html: compileTemplate(renderHtml(document)),
    text: compileTemplate(renderText(document)),
    // Nothing to unsubscribe from: a confirmation precedes the subscription, a disabled webhook has ended.
    listUnsubscribe: data.kind !== "confirmation" && data.kind !== "webhook_disabled",
    ...reasonsFor(data),
  };
}
