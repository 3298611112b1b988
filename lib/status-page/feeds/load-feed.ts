import "server-only";
import { getEnv } from "../../env";
import { listIncidents } from "../../incidents/list-incidents";
import { DEFAULT_PAGE_ID } from "../../pages/default-page";
import { getPublicPage } from "../get-public-page";
import { buildFeed, type Feed } from "./build-feed";

export const FEED_LIMIT = 50;

/** The page's 50 most recent incidents and maintenance, newest first, as a feed. */
export async function loadFeed(): Promise<Feed> {
  const [page, incidents] = await Promise.all([
    getPublicPage(),
    listIncidents({ pageId: DEFAULT_PAGE_ID, limit: FEED_LIMIT }),
  ]);
  return buildFeed({ pageName: page.name, pageUpdatedAt: page.updatedAt, baseUrl: getEnv().BEACON_URL, incidents });
}
