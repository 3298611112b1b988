// An email body prepared once per notification with holes for what differs per recipient.
// Filling it is plain concatenation, so a fan-out to 10,000 subscribers costs no rendering.

export const SLOT_NAMES = ["confirmUrl", "manageUrl", "unsubscribeUrl", "reason"] as const;

export type SlotName = (typeof SLOT_NAMES)[number];

export type SlotValues = Record<SlotName, string>;

// NUL cannot come from user text: escape-html.ts drops it and Beacon refuses it on input.
const MARK = "\u0000";
const SLOT_PATTERN = new RegExp(`${MARK}(${SLOT_NAMES.join("|")})${MARK}`);

/** The marker for a slot, to be placed in a body while it is built. */
export function slot(name: SlotName): string {
  return `${MARK}${name}${MARK}`;
}

/** Literal pieces with a slot between each two: literals.length === slots.length + 1. */
export type EmailTemplate = { literals: string[]; slots: SlotName[] };

export function compileTemplate(body: string): EmailTemplate {
  // split() with a capturing group alternates literal, slot name, literal, ...
  const pieces = body.split(new RegExp(SLOT_PATTERN.source, "g"));
  const literals: string[] = [];
  const slots: SlotName[] = [];
  pieces.forEach((piece, index) => (index % 2 === 0 ? literals.push(piece) : slots.push(piece as SlotName)));
  return { literals, slots };
}

export function fillTemplate(template: EmailTemplate, values: SlotValues): string {
  let out = template.literals[0] ?? "";
  for (let index = 0; index < template.slots.length; index += 1) {
    out += values[template.slots[index] as SlotName] + (template.literals[index + 1] ?? "");
  }
  return out;
}
