import type { SupportContact } from "../../../status-page/support-contact";
import type { SlotName } from "./email-template";

// What an email says, independent of how it is laid out: html-layout.ts and text-layout.ts
// render the same document, so the HTML and plain-text parts always carry the same information.
// Strings are unescaped text; only `markdown` blocks hold markup (the sanitiser renders them).

/** A fixed address, or the slot filled per recipient (their own signed link). */
export type EmailLink = { href: string } | { slot: Extract<SlotName, "confirmUrl" | "manageUrl" | "unsubscribeUrl"> };

export type EmailBlock =
  | { type: "paragraph"; text: string }
  | { type: "note"; text: string }
  | { type: "facts"; rows: { label: string; value: string }[] }
  | { type: "markdown"; markdown: string }
  | { type: "list"; heading: string; items: string[] }
  /** `showAddress`: write the address out under the button, for clients that hide buttons. */
  | { type: "button"; label: string; link: EmailLink; showAddress?: boolean };

export type EmailFooter = {
  /** Why this address gets the email: the per-recipient "reason" slot is filled with it. */
  showReason: boolean;
  links: { label: string; link: EmailLink }[];
  siteUrl: string | null;
  support: SupportContact | null;
};

export type EmailBranding = { pageName: string; logoUrl: string | null; accentColor: string | null };

export type EmailDocument = {
  subject: string;
  /** The line mail clients show after the subject in the inbox. */
  preheader: string;
  /** Small line above the title: the status in words, or what kind of email this is. */
  eyebrow: string;
  title: string;
  blocks: EmailBlock[];
  footer: EmailFooter;
  branding: EmailBranding;
};
