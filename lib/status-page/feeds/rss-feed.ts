import type { Feed, FeedEntry } from "./build-feed";
import { escapeXml as x } from "./escape-xml";

export const RSS_CONTENT_TYPE = "application/rss+xml; charset=utf-8";

// RSS 2.0 dates are RFC 822; toUTCString() writes exactly that ("Mon, 05 Feb 2024 08:31:08 GMT").
const rfc822 = (date: Date): string => date.toUTCString();

function item(entry: FeedEntry): string {
  return [
    "    <item>",
    `      <title>${x(entry.title)}</title>`,
    `      <link>${x(entry.link)}</link>`,
    `      <guid isPermaLink="true">${x(entry.id)}</guid>`,
    `      <pubDate>${rfc822(entry.updated)}</pubDate>`,
    `      <description>${x(entry.content)}</description>`,
    "    </item>",
  ].join("\n");
}

/** /history.rss as an RSS 2.0 document with an atom:link to itself. */
export function renderRssFeed(feed: Feed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "  <channel>",
    `    <title>${x(feed.title)}</title>`,
    `    <link>${x(`${feed.baseUrl}/history`)}</link>`,
    `    <description>${x(feed.title)}</description>`,
    `    <atom:link href="${x(`${feed.baseUrl}/history.rss`)}" rel="self" type="application/rss+xml"/>`,
    `    <lastBuildDate>${rfc822(feed.updated)}</lastBuildDate>`,
    ...feed.entries.map(item),
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}
