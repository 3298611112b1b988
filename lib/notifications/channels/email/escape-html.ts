// Everything a person wrote (page, incident and component names, support contact) reaches an
// email's HTML through these. NUL and other C0 controls are dropped as well: NUL marks the
// per-recipient slots of an email template (email-template.ts), so user text may never hold one.

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(CONTROL, "").replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** Text for a plain-text part or a header: controls dropped, markup left as written. */
export function cleanText(text: string): string {
  return text.replace(CONTROL, "");
}

/** One line for a Subject header: no line breaks (they would start a new header), no runs of spaces. */
export function oneLine(text: string): string {
  return cleanText(text.replace(/\s+/g, " ")).trim();
}
