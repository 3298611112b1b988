import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getAtom } from "./history.atom/route";
import { GET as getRss } from "./history.rss/route";
import { withTestDatabase } from "../lib/testing/with-test-database";
import { BASE_URL, NASTY_TITLE, type SeededPage, seedStatusPage } from "../lib/status-page/testing/seed-status-page";

process.env.BEACON_URL = BASE_URL;
const db = withTestDatabase();
let seeded: SeededPage;
beforeAll(async () => {
  seeded = await seedStatusPage(db());
});

// Arrays always, so a one-entry feed reads the same as a long one.
const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (_name, jPath) =>
    ["feed.link", "feed.entry", "feed.entry.link", "rss.channel.atom:link", "rss.channel.item"].includes(String(jPath)),
});

async function fetchXml(handler: () => Promise<Response>, contentType: string): Promise<Record<string, unknown>> {
  const response = await handler();
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe(contentType);
  const text = await response.text();
  expect(XMLValidator.validate(text)).toBe(true);
  return parser.parse(text) as Record<string, unknown>;
}

// Newest first by start: upcoming maintenance, active maintenance, unresolved, resolved, completed.
const expectedOrder = (s: SeededPage) => [s.upcomingId, s.activeId, s.unresolvedId, s.resolvedId, s.completedId];
const permalink = (id: string) => `${BASE_URL}/incidents/${id}`;

type Link = { "@_href": string; "@_rel": string };
type AtomEntry = { id: string; title: { "#text": string }; link: Link[]; updated: string; published: string; content: { "#text": string } };
type RssItem = { title: string; link: string; guid: { "#text": string }; pubDate: string; description: string };

describe("GET /history.atom", () => {
  it("is a valid Atom feed with a self link and every incident and maintenance, newest first", async () => {
    const { feed } = (await fetchXml(getAtom, "application/atom+xml; charset=utf-8")) as {
      feed: { "@_xmlns": string; link: Link[]; updated: string; entry: AtomEntry[] };
    };
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.link).toContainEqual(expect.objectContaining({ "@_rel": "self", "@_href": `${BASE_URL}/history.atom` }));
    expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
    expect(feed.entry.map((entry) => entry.id)).toEqual(expectedOrder(seeded).map(permalink));
    for (const entry of feed.entry) {
      expect(entry.link[0]?.["@_href"]).toBe(entry.id);
      expect(new Date(entry.updated).toISOString()).toBe(entry.updated);
    }
  });

  it("gives each entry its latest update as '<status>: <body>', escaped", async () => {
    const { feed } = (await fetchXml(getAtom, "application/atom+xml; charset=utf-8")) as { feed: { entry: AtomEntry[] } };
    const unresolved = feed.entry.find((entry) => entry.id === permalink(seeded.unresolvedId));
    expect(unresolved?.content["#text"]).toBe("Identified: A bad deploy; rolling back.");
    const resolved = feed.entry.find((entry) => entry.id === permalink(seeded.resolvedId));
    expect(resolved?.title["#text"]).toBe(NASTY_TITLE);
    expect(resolved?.content["#text"]).toBe(`Resolved: Fixed <b>it</b> & "done".`);
  });
});

describe("GET /history.rss", () => {
  it("is a valid RSS feed with an atom:link self and every incident and maintenance, newest first", async () => {
    const { rss } = (await fetchXml(getRss, "application/rss+xml; charset=utf-8")) as {
      rss: { "@_version": string; channel: { "atom:link": Link[]; item: RssItem[] } };
    };
    expect(rss["@_version"]).toBe("2.0");
    expect(rss.channel["atom:link"]).toContainEqual(
      expect.objectContaining({ "@_rel": "self", "@_href": `${BASE_URL}/history.rss` }),
    );
    const items = rss.channel.item;
    expect(items.map((item) => item.link)).toEqual(expectedOrder(seeded).map(permalink));
    for (const item of items) {
      expect(item.guid["#text"]).toBe(item.link);
      expect(item.pubDate).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    }
  });

  it("round-trips a title with markup characters, escaped in the raw XML", async () => {
    const text = await (await getRss()).text();
    expect(text).toContain("Login &lt;script&gt;&amp;&quot;quoted&quot;&lt;/script&gt; failure");
    expect(text).not.toContain("<script>");
    const { rss } = parser.parse(text) as { rss: { channel: { item: RssItem[] } } };
    const resolved = rss.channel.item.find((item) => item.link === permalink(seeded.resolvedId));
    expect(resolved?.title).toBe(NASTY_TITLE);
    expect(resolved?.description).toBe(`Resolved: Fixed <b>it</b> & "done".`);
  });
});
