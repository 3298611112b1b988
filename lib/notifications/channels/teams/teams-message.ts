import type { ChatNotice, NoticeTone } from "../chat/chat-notice";
import { ELLIPSIS, headlineWords, keepWebLinks, linkLabel, MARKDOWN_LINK, toneMark, truncate } from "../chat/chat-text";

// The body a Teams "Workflows" (Power Automate) webhook takes: a message with one Adaptive Card.
// Times use the card's DATE()/TIME() functions, which Teams shows in each reader's own zone.

type TeamsColour = "attention" | "warning" | "good" | "accent" | "default";

export type TeamsTextBlock = { type: "TextBlock"; text: string; wrap: true; size?: "Large"; weight?: "Bolder"; color?: TeamsColour; isSubtle?: true };
export type TeamsFactSet = { type: "FactSet"; facts: { title: string; value: string }[] };

export type AdaptiveCard = {
  $schema: "http://adaptivecards.io/schemas/adaptive-card.json";
  type: "AdaptiveCard";
  version: "1.4";
  body: (TeamsTextBlock | TeamsFactSet)[];
  actions: { type: "Action.OpenUrl"; title: string; url: string }[];
};

export type TeamsMessage = {
  type: "message";
  attachments: [{ contentType: "application/vnd.microsoft.card.adaptive"; contentUrl: null; content: AdaptiveCard }];
};

// Teams refuses a message over about 28 KB (Teams connector docs); stay a little under it, in
// UTF-8 bytes of the JSON sent. Title and components are capped so the body can always give way.
export const TEAMS_LIMITS = { bytes: 27_000, title: 1000, components: 2000 };

const TONE_COLOURS: Record<NoticeTone, TeamsColour> = {
  danger: "attention",
  warning: "warning",
  notice: "warning",
  maintenance: "accent",
  good: "good",
  info: "default",
};

/** `{{DATE(…, SHORT)}} {{TIME(…)}}`: the functions need yyyy-MM-ddTHH:mm:ssZ exactly, no milliseconds. */
export function cardTime(date: Date): string {
  const iso = date.toISOString().replace(/\.\d{3}Z$/, "Z");
  return `{{DATE(${iso}, SHORT)}} {{TIME(${iso})}}`;
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s/;

/**
 * Adaptive Cards render bold, italic, links and lists; headings and images they do not, so those
 * become bold lines and links. Updates mean a single newline as a break, which a card needs as a
 * blank line; the items of one list are parted by "\r", as the card format writes lists.
 */
export function cardMarkdown(markdown: string): string {
  const text = keepWebLinks(markdown.replace(/\r\n?/g, "\n").trim())
    .replace(/^#{1,6}\s+(.*?)[\s#]*$/gm, "**$1**")
    .replace(/!(\[[^\]\n]+\]\()/g, "$1");
  const lines = text.split(/\n+/);
  return lines.map((line, index) => (index === 0 ? line : `${LIST_ITEM.test(line) && LIST_ITEM.test(lines[index - 1]!) ? "\r" : "\n\n"}${line}`)).join("");
}

function facts(notice: ChatNotice): TeamsFactSet["facts"] {
  const list = [{ title: "Status", value: notice.headline }];
  if (notice.impact) list.push({ title: "Impact", value: notice.impact });
  if (notice.components.length > 0) list.push({ title: "Components", value: truncate(notice.components.join(", "), TEAMS_LIMITS.components) });
  return list;
}

/** The times, in a TextBlock: the only element whose DATE() and TIME() the card format documents. */
function times(notice: ChatNotice): TeamsTextBlock {
  const window = notice.window ? `Window: ${cardTime(notice.window[0])} – ${cardTime(notice.window[1])}\n\n` : "";
  return { type: "TextBlock", text: `${window}Posted ${cardTime(notice.at)}`, wrap: true, isSubtle: true };
}

function buildMessage(notice: ChatNotice, body: string): TeamsMessage {
  const blocks: AdaptiveCard["body"] = [
    { type: "TextBlock", text: truncate(notice.title, TEAMS_LIMITS.title), wrap: true, size: "Large", weight: "Bolder" },
    { type: "TextBlock", text: `${toneMark(notice.tone)} ${headlineWords(notice)}`, wrap: true, weight: "Bolder", color: TONE_COLOURS[notice.tone] },
  ];
  if (body) blocks.push({ type: "TextBlock", text: body, wrap: true });
  blocks.push({ type: "FactSet", facts: facts(notice) }, times(notice));
  const content: AdaptiveCard = {
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    type: "AdaptiveCard",
    version: "1.4",
    body: blocks,
    actions: [{ type: "Action.OpenUrl", title: linkLabel(notice), url: notice.url }],
  };
  return { type: "message", attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", contentUrl: null, content }] };
}

export function byteSize(message: TeamsMessage): number {
  return new TextEncoder().encode(JSON.stringify(message)).length;
}

export function teamsMessage(notice: ChatNotice): TeamsMessage {
  let body = cardMarkdown(notice.body);
  let message = buildMessage(notice, body);
  // Each unit cut from the body saves at least one byte, so this ends within a few rounds.
  for (let over = byteSize(message) - TEAMS_LIMITS.bytes; over > 0 && body; over = byteSize(message) - TEAMS_LIMITS.bytes) {
    body = truncate(body, body.length - over, MARKDOWN_LINK);
    if (body === ELLIPSIS) body = "";
    message = buildMessage(notice, body);
  }
  return message;
}
