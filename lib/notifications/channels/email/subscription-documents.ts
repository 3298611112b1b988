import { parseSupportContact } from "../../../status-page/support-contact";
import { CONFIRM_LINK_HOURS } from "../../../subscribers/subscriber-tokens";
import type { EmailDocument, EmailFooter } from "./email-document";
import { subscriptionScope } from "./email-wording";
import type { EmailPage, NotificationData } from "./notification-data";

// The two emails about a subscription itself: the double opt-in link, and the reply to someone
// subscribing an address that already is.

type SubscriptionData = Extract<NotificationData, { kind: "confirmation" | "already_subscribed" }>;

function branding(page: EmailPage) {
  return { pageName: page.name, logoUrl: page.logoUrl, accentColor: page.accentColor };
}

function footer(page: EmailPage, links: EmailFooter["links"]): EmailFooter {
  return { showReason: false, links, siteUrl: page.siteUrl, support: parseSupportContact(page.supportContact) };
}

export function confirmationDocument({ page, components }: SubscriptionData): EmailDocument {
  const subject = `Confirm your subscription to ${page.name} status updates`;
  return {
    subject,
    preheader: `One click to start receiving ${page.name} status updates. The link expires in ${CONFIRM_LINK_HOURS} hours.`,
    eyebrow: "Subscription",
    title: subject,
    blocks: [
      { type: "paragraph", text: `Someone, hopefully you, asked to send ${page.name} status updates to this address.` },
      { type: "paragraph", text: `Once you confirm, you will receive an email about ${subscriptionScope(page.name, components)}.` },
      { type: "paragraph", text: "The link below opens a page with a button; pressing it confirms your subscription." },
      { type: "button", label: "Confirm my subscription", link: { slot: "confirmUrl" }, showAddress: true },
      { type: "paragraph", text: `Until you confirm, nothing else will be sent to this address. The link expires in ${CONFIRM_LINK_HOURS} hours.` },
      { type: "note", text: "If you did not ask for this, you can ignore this email: without confirmation there is no subscription." },
    ],
    footer: footer(page, []),
    branding: branding(page),
  };
}

export function alreadySubscribedDocument({ page, components }: SubscriptionData): EmailDocument {
  return {
    subject: `You are already subscribed to ${page.name} status updates`,
    preheader: "Nothing has changed. Use your manage link to change or end your subscription.",
    eyebrow: "Subscription",
    title: "You are already subscribed",
    blocks: [
      {
        type: "paragraph",
        text: `Someone, maybe you, asked to subscribe this address to ${page.name} status updates. It is already subscribed, so nothing has changed.`,
      },
      { type: "paragraph", text: `You receive an email about ${subscriptionScope(page.name, components)}.` },
      { type: "button", label: "Manage my subscription", link: { slot: "manageUrl" }, showAddress: true },
      { type: "note", text: "On that page you can choose components or unsubscribe. If you did not ask for this, you can ignore this email." },
    ],
    footer: footer(page, [
      { label: "Manage your subscription", link: { slot: "manageUrl" } },
      { label: "Unsubscribe", link: { slot: "unsubscribeUrl" } },
    ]),
    branding: branding(page),
  };
}
