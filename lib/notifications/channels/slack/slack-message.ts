import type { ChatNotice } from "../chat/chat-notice";
import { headlineWords, linkLabel, toneMark, truncate, unixSeconds } from "../chat/chat-text";
import { escapeMrkdwn, markdownToMrkdwn } from "./slack-mrkdwn";

// The body of a Slack incoming webhook (Mattermost and Rocket.Chat take the same shape): Block
// Kit for the message itself, and a plain `text` that stands alone in notifications and
// previews, where blocks are not shown.

type PlainText = { type: "plain_text"; text: string; emoji: true };
type Mrkdwn = { type: "mrkdwn"; text: string };

export type SlackBlock =
  | { type: "header"; text: PlainText }
  | { type: "section"; text: Mrkdwn }
  | { type: "section"; fields: Mrkdwn[] }
  | { type: "context"; elements: Mrkdwn[] }
  | { type: "actions"; elements: { type: "button"; text: PlainText; url: string }[] };

export type SlackMessage = { text: string; blocks: SlackBlock[] };

// Block Kit's limits (docs.slack.dev, Block Kit reference); Slack rejects a message over any.
export const SLACK_LIMITS = { header: 150, section: 3000, field: 2000, button: 75, text: 3000, blocks: 50 };

// A cut must not split Slack's own syntax: a <link|label>, a <!date…> or an escaped &amp;.
const SLACK_TOKEN = /<[^<>\n]*>|&(?:amp|lt|gt);/g;

const plain = (text: string, max: number): PlainText => ({ type: "plain_text", text: truncate(text, max), emoji: true });
const mrkdwn = (text: string, max: number): Mrkdwn => ({ type: "mrkdwn", text: truncate(text, max, SLACK_TOKEN) });

/** "2 Dec 2026, 14:05 UTC": for clients that cannot show the time in the reader's own zone. */
export function fallbackTime(date: Date, timeZone: string): string {
  const options = { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" } as const;
  try {
    return new Intl.DateTimeFormat("en-GB", { ...options, timeZone }).format(date);
  } catch {
    // An unknown zone name must not stop the message: say the time in UTC instead.
    return new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" }).format(date);
  }
}

/** Slack shows this in each reader's zone, and the fallback where it cannot. */
export function slackDate(date: Date, timeZone: string): string {
  return `<!date^${unixSeconds(date)}^{date_short_pretty} {time}|${fallbackTime(date, timeZone)}>`;
}

function detailFields(notice: ChatNotice): Mrkdwn[] {
  const fields: Mrkdwn[] = [];
  if (notice.components.length > 0) {
    fields.push(mrkdwn(`*Components*\n${notice.components.map(escapeMrkdwn).join("\n")}`, SLACK_LIMITS.field));
  }
  if (notice.window) {
    const [from, until] = notice.window;
    fields.push(mrkdwn(`*Window*\n${slackDate(from, notice.timeZone)} – ${slackDate(until, notice.timeZone)}`, SLACK_LIMITS.field));
  }
  return fields;
}

/** "🔴 Acme Status — Identified · Major impact: Slow checkout", the news without the blocks. */
function fallbackText(notice: ChatNotice): string {
  const text = `${toneMark(notice.tone)} ${notice.pageName} — ${headlineWords(notice)}: ${notice.title}`;
  return truncate(escapeMrkdwn(text), SLACK_LIMITS.text, SLACK_TOKEN);
}

export function slackMessage(notice: ChatNotice): SlackMessage {
  const impact = notice.impact ? ` · ${escapeMrkdwn(notice.impact)}` : "";
  const blocks: SlackBlock[] = [
    { type: "header", text: plain(notice.title, SLACK_LIMITS.header) },
    { type: "section", text: mrkdwn(`${toneMark(notice.tone)} *${escapeMrkdwn(notice.headline)}*${impact}`, SLACK_LIMITS.section) },
  ];
  if (notice.body.trim()) blocks.push({ type: "section", text: mrkdwn(markdownToMrkdwn(notice.body), SLACK_LIMITS.section) });
  const fields = detailFields(notice);
  if (fields.length > 0) blocks.push({ type: "section", fields });
  blocks.push(
    { type: "context", elements: [mrkdwn(`${escapeMrkdwn(notice.pageName)} · ${slackDate(notice.at, notice.timeZone)}`, SLACK_LIMITS.section)] },
    { type: "actions", elements: [{ type: "button", text: plain(linkLabel(notice), SLACK_LIMITS.button), url: notice.url }] },
  );
  return { text: fallbackText(notice), blocks };
}
