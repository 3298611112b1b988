// A page's support contact is one free-form setting; the page shows it as a mail link, a web
// link or plain text. Only http(s) and mailto become links, so a stored value can't smuggle
// in a javascript: URL.

export type SupportContact =
  | { kind: "email"; value: string; href: string }
  | { kind: "url"; value: string; href: string }
  | { kind: "text"; value: string };

const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/;

export function parseSupportContact(raw: string | null | undefined): SupportContact | null {
  const value = raw?.trim() ?? "";
  if (value === "") return null;
  const address = value.replace(/^mailto:/i, "");
  if (EMAIL.test(address)) return { kind: "email", value: address, href: `mailto:${address}` };
  if (/^https?:\/\//i.test(value)) {
    try {
      return { kind: "url", value, href: new URL(value).href };
    } catch {
      // Not a parseable URL after all: show it as written.
    }
  }
  return { kind: "text", value };
}
