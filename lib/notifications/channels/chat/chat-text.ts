import type { ChatNotice, NoticeTone } from "./chat-notice";

// What the Slack, Discord and Teams messages share: cutting text to a chat's limit, the
// Markdown link an update may contain, and the mark that leads the headline.

export const ELLIPSIS = "…";

/**
 * `[label](href)`, as written in an update; the href may hold one level of parentheses
 * (wiki/Foo_(bar)). Only use it with `replace`/`matchAll`, which reset its position:
 * `test`/`exec` on a global pattern carry state from one call to the next.
 */
export const MARKDOWN_LINK = /\[(?<label>[^\]\n]+)\]\((?<href>(?:[^()\s]|\([^()\s]*\))+)\)/g;

const WEB_LINK = /^(https?:\/\/|mailto:)/i;

/** Beacon's own rule for updates (see render-markdown.ts): links go to http(s) or mailto only. */
export function isWebLink(href: string): boolean {
  return WEB_LINK.test(href);
}

/** Markdown with any link to another scheme (javascript:, data:) reduced to its label. */
export function keepWebLinks(markdown: string): string {
  return markdown.replace(MARKDOWN_LINK, (link, label: string, href: string) => (isWebLink(href) ? link : label));
}

/**
 * At most `max` UTF-16 units, "…" included. Chats count characters in code points or units;
 * units are never fewer, so the result fits either way. The cut never splits a surrogate pair,
 * nor a match of `keepWhole` (a link, an entity): a half link would show as broken syntax.
 */
export function truncate(text: string, max: number, keepWhole?: RegExp): string {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - ELLIPSIS.length);
  if (isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1;
  for (const match of keepWhole ? text.matchAll(keepWhole) : []) {
    if (match.index >= cut) break;
    if (match.index + match[0].length > cut) cut = match.index;
  }
  return text.slice(0, cut).trimEnd() + ELLIPSIS;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

// Beside the words, never instead of them: the status is always said in the headline too.
const TONE_MARKS: Record<NoticeTone, string> = {
  danger: "🔴",
  warning: "🟠",
  notice: "🟡",
  maintenance: "🔧",
  good: "✅",
  info: "ℹ️",
};

export function toneMark(tone: NoticeTone): string {
  return TONE_MARKS[tone];
}

/** "Investigating · Major impact", or just the headline when there is no impact. */
export function headlineWords(notice: ChatNotice): string {
  return notice.impact ? `${notice.headline} · ${notice.impact}` : notice.headline;
}

/** The button's label: what the reader lands on. */
export function linkLabel(notice: ChatNotice): string {
  if (notice.url === notice.pageUrl) return "View status page";
  return notice.about === "maintenance" ? "View maintenance" : "View incident";
}

export function unixSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
