import "server-only";
import { z } from "zod";
import { type Actor, authorize } from "../auth/actor";
import { getDb } from "../db";
import { parseInput } from "../validation";
import { emailSearch } from "./email-search";

// The dashboard's subscriber list: searched, filtered by state, a page at a time, with the
// count of every state. Owners and admins only: addresses are personal data.

export const SUBSCRIBER_STATES = ["pending", "confirmed", "unsubscribed", "failed"] as const;
export type SubscriberState = (typeof SUBSCRIBER_STATES)[number];

export const SUBSCRIBERS_PAGE_SIZE = 50;

export type SubscriberListItem = {
  id: string;
  channel: "email" | "webhook";
  /** An email subscriber's address; a webhook's owner, for failure notices. */
  email: string;
  /** A webhook's URL; null for an email subscriber. */
  endpoint: string | null;
  state: SubscriberState;
  /** null when subscribed to the whole page; otherwise the chosen components' names. */
  components: string[] | null;
  createdAt: Date;
  confirmedAt: Date | null;
  unsubscribedAt: Date | null;
  lastError: string | null;
};

export type SubscriberCounts = Record<SubscriberState, number> & { total: number };

export type SubscriberListPage = {
  subscribers: SubscriberListItem[];
  /** How many match the search and filter, over all pages. */
  matching: number;
  page: number;
  pageCount: number;
  counts: SubscriberCounts;
};

export const listSubscribersInput = z.object({
  pageId: z.string().trim().min(1).max(100),
  // Addresses are stored lower-cased, so a lower-cased query matches case-insensitively on
  // both databases without `mode: "insensitive"` (which SQLite lacks).
  query: z.string().trim().max(254, "must be at most 254 characters").toLowerCase().optional(),
  state: z.enum(SUBSCRIBER_STATES, { error: "must be pending, confirmed, unsubscribed or failed" }).optional(),
  page: z.number().int().min(1).max(1_000_000).default(1),
});

export type ListSubscribersInput = z.input<typeof listSubscribersInput>;

export async function countSubscribers(actor: Actor, pageId: string): Promise<SubscriberCounts> {
  authorize(actor, "subscribers:manage");
  // Team channels are the dashboard's own (Team channels page), not subscribers.
  const groups = await getDb().subscriber.groupBy({ by: ["state"], where: { pageId, teamChannel: false }, _count: { _all: true } });
  const counts: SubscriberCounts = { pending: 0, confirmed: 0, unsubscribed: 0, failed: 0, total: 0 };
  for (const group of groups) {
    counts[group.state] = group._count._all;
    counts.total += group._count._all;
  }
  return counts;
}

/** What a subscriber row shows, here and in the CSV export. */
export const subscriberItemSelect = {
  id: true,
  channel: true,
  email: true,
  endpoint: true,
  state: true,
  allComponents: true,
  createdAt: true,
  confirmedAt: true,
  unsubscribedAt: true,
  lastError: true,
  components: { select: { component: { select: { name: true, position: true } } } },
} as const;

/** The channel as the list shows it: anything but a webhook is an email subscriber. */
export function channelOf(row: { channel: string; endpoint: string }): { channel: "email" | "webhook"; endpoint: string | null } {
  return row.channel === "webhook" ? { channel: "webhook", endpoint: row.endpoint } : { channel: "email", endpoint: null };
}

const newestFirst = [{ createdAt: "desc" }, { id: "desc" }] as const;

export async function listSubscribers(actor: Actor, input: ListSubscribersInput): Promise<SubscriberListPage> {
  authorize(actor, "subscribers:manage");
  const { pageId, query, state, page } = parseInput(listSubscribersInput, input);
  const search = query ? emailSearch(query) : null;
  // A search matches an owner's address or a webhook's URL.
  const where = { pageId, teamChannel: false, ...(state ? { state } : {}), ...(search ? { OR: [{ email: search.filter }, { endpoint: search.filter }] } : {}) };
  const skip = (page - 1) * SUBSCRIBERS_PAGE_SIZE;
  const db = getDb();
  const counts = countSubscribers(actor, pageId);
  let matching: number;
  let rows: Awaited<ReturnType<typeof findPage>>;
  function findPage(filter: object, offset: number) {
    return db.subscriber.findMany({ where: filter, orderBy: [...newestFirst], skip: offset, take: SUBSCRIBERS_PAGE_SIZE, select: subscriberItemSelect });
  }
  if (search?.kind === "superset") {
    // Rare (a search with % or _ on SQLite): narrow by address in memory, then load one page.
    const candidates = await db.subscriber.findMany({ where, orderBy: [...newestFirst], select: { id: true, email: true, endpoint: true } });
    const ids = candidates.filter((candidate) => search.matches(candidate.email) || search.matches(candidate.endpoint)).map((candidate) => candidate.id);
    matching = ids.length;
    rows = await findPage({ id: { in: ids.slice(skip, skip + SUBSCRIBERS_PAGE_SIZE) } }, 0);
  } else {
    [matching, rows] = await Promise.all([db.subscriber.count({ where }), findPage(where, skip)]);
  }
  const subscribers = rows.map(({ allComponents, components, channel, endpoint, ...row }) => ({
    ...row,
    ...channelOf({ channel, endpoint }),
    components: allComponents ? null : components.map((link) => link.component).sort((a, b) => a.position - b.position).map((c) => c.name),
  }));
  return { subscribers, matching, page, pageCount: Math.max(1, Math.ceil(matching / SUBSCRIBERS_PAGE_SIZE)), counts: await counts };
}
