import type { IncidentRecord } from "../../incidents/incident-record";
import { incidentPermalink } from "../v2/serialize-incident";
import { incidentStatusLabel } from "../../incidents/labels";

// The format-neutral content of /history.atom and /history.rss; atom-feed.ts and rss-feed.ts
// only render it.

export type FeedEntry = {
  // The incident's permalink doubles as its stable id / guid.
  id: string;
  link: string;
  title: string;
  published: Date;
  updated: Date;
  // "<status label>: <latest update body>", plain text (the body's markdown as written).
  content: string;
};

export type Feed = {
  title: string;
  // Public base URL, no trailing slash; links and self links hang off it.
  baseUrl: string;
  updated: Date;
  entries: FeedEntry[];
};

export type BuildFeedInput = {
  pageName: string;
  pageUpdatedAt: Date;
  baseUrl: string;
  // Newest first; the order is kept.
  incidents: readonly IncidentRecord[];
};

function latest(first: Date, others: readonly Date[]): Date {
  return others.reduce((max, date) => (date > max ? date : max), first);
}

export function toFeedEntry(incident: IncidentRecord, baseUrl: string): FeedEntry {
  const link = incidentPermalink(baseUrl, incident.id);
  const newest = incident.updates[0];
  const content = newest
    ? `${incidentStatusLabel[newest.status]}: ${newest.body}`
    : incidentStatusLabel[incident.status];
  return {
    id: link,
    link,
    title: incident.name,
    published: incident.createdAt,
    updated: latest(
      incident.updatedAt,
      incident.updates.map((update) => update.updatedAt),
    ),
    content,
  };
}

export function buildFeed(input: BuildFeedInput): Feed {
  const entries = input.incidents.map((incident) => toFeedEntry(incident, input.baseUrl));
  return {
    title: `${input.pageName} status history`,
    baseUrl: input.baseUrl,
    updated: latest(
      input.pageUpdatedAt,
      entries.map((entry) => entry.updated),
    ),
    entries,
  };
}
