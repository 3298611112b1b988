import type { Feed, FeedEntry } from "./build-feed";
import { escapeXml as x } from "./escape-xml";

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

function entry(item: FeedEntry): string {
  return [
    "  <entry>",
    `    <id>${x(item.id)}</id>`,
    `    <title type="text">${x(item.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${x(item.link)}"/>`,
    `    <published>${item.published.toISOString()}</published>`,
    `    <updated>${item.updated.toISOString()}</updated>`,
    `    <content type="text">${x(item.content)}</content>`,
    "  </entry>",
  ].join("\n");
}

/** /history.atom as an Atom 1.0 document. */
export function renderAtomFeed(feed: Feed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${x(`${feed.baseUrl}/history`)}</id>`,
    `  <title type="text">${x(feed.title)}</title>`,
    `  <link rel="alternate" type="text/html" href="${x(`${feed.baseUrl}/history`)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${x(`${feed.baseUrl}/history.atom`)}"/>`,
    `  <updated>${feed.updated.toISOString()}</updated>`,
    // Atom requires an author on the feed when its entries carry none.
    `  <author><name>${x(feed.title)}</name></author>`,
    ...feed.entries.map(entry),
    "</feed>",
    "",
  ].join("\n");
}
