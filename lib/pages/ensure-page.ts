import "server-only";
import { getDb } from "../db";
import { DEFAULT_PAGE_ID } from "./default-page";

export type PageRef = { id: string; name: string };

/** Returns the installation's page, creating it with default settings on first use. */
export async function ensurePage(): Promise<PageRef> {
  return getDb().page.upsert({
    where: { id: DEFAULT_PAGE_ID },
    create: { id: DEFAULT_PAGE_ID, name: "Status" },
    update: {},
    select: { id: true, name: true },
  });
}
