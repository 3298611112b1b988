import type { ChatNotice, NoticeTone } from "../chat/chat-notice";
import { headlineWords, keepWebLinks, MARKDOWN_LINK, toneMark, truncate, unixSeconds } from "../chat/chat-text";

// The body of a Discord webhook: a short line that shows in notifications, and one embed with the
// update as Markdown (Discord renders it natively). Times are Discord timestamps, which each
// reader sees in their own zone.

export type DiscordField = { name: string; value: string; inline: boolean };

export type DiscordEmbed = {
  title: string;
  url: string;
  description?: string;
  color: number;
  fields: DiscordField[];
  timestamp: string;
  footer: { text: string };
};

export type DiscordMessage = {
  content: string;
  embeds: [DiscordEmbed];
  /** Nothing in the message may ping: an update saying "@everyone" is text, not a mention. */
  allowed_mentions: { parse: [] };
};

// Discord's limits (developer docs, "Embed Limits"); the embed total counts the title, the
// description, field names and values, the footer text and the author name.
export const DISCORD_LIMITS = { content: 2000, title: 256, description: 4096, fieldName: 256, fieldValue: 1024, fields: 25, footer: 2048, embed: 6000 };

const TONE_COLOURS: Record<NoticeTone, number> = {
  danger: 0xd92d20,
  warning: 0xf79009,
  notice: 0xeaaa08,
  maintenance: 0x2e90fa,
  good: 0x17b26a,
  info: 0x667085,
};

/** The page's own words in the content line stay literal: no stray bold, links or mentions. */
export function escapeDiscordMarkdown(text: string): string {
  return text.replace(/[\\*_~`|<>[\]]/g, "\\$&");
}

function discordTime(date: Date): string {
  return `<t:${unixSeconds(date)}:f>`;
}

function field(name: string, value: string, inline: boolean): DiscordField {
  return { name, value: truncate(value, DISCORD_LIMITS.fieldValue), inline };
}

function detailFields(notice: ChatNotice): DiscordField[] {
  const fields = [field("Status", notice.headline, true)];
  if (notice.impact) fields.push(field("Impact", notice.impact, true));
  if (notice.window) fields.push(field("Window", `${discordTime(notice.window[0])} – ${discordTime(notice.window[1])}`, false));
  if (notice.components.length > 0) fields.push(field("Components", notice.components.join("\n"), false));
  return fields;
}

export function discordMessage(notice: ChatNotice): DiscordMessage {
  const title = truncate(notice.title, DISCORD_LIMITS.title);
  const footer = truncate(notice.pageName, DISCORD_LIMITS.footer);
  const fields = detailFields(notice);
  const used = title.length + footer.length + fields.reduce((sum, { name, value }) => sum + name.length + value.length, 0);
  // The body gives way: whatever room the rest leaves under the embed total, at most 4,096.
  const room = Math.max(0, Math.min(DISCORD_LIMITS.description, DISCORD_LIMITS.embed - used));
  const description = truncate(keepWebLinks(notice.body.trim()), room, MARKDOWN_LINK);

  const line = `${toneMark(notice.tone)} **${escapeDiscordMarkdown(notice.pageName)}** — ${escapeDiscordMarkdown(headlineWords(notice))}: ${escapeDiscordMarkdown(notice.title)}`;
  const embed: DiscordEmbed = {
    title,
    url: notice.url,
    ...(description ? { description } : {}),
    color: TONE_COLOURS[notice.tone],
    fields,
    timestamp: notice.at.toISOString(),
    footer: { text: footer },
  };
  return { content: truncate(line, DISCORD_LIMITS.content), embeds: [embed], allowed_mentions: { parse: [] } };
}
