import "server-only";
import { getDb } from "../db";
import { DEFAULT_PAGE_ID } from "./default-page";

export type PageSettings = {
  id: string;
  name: string;
  siteUrl: string | null;
  timeZone: string;
  supportContact: string | null;
  guidanceText: string | null;
  logoUrl: string | null;
  accentColor: string | null;
  updatedAt: Date;
};

export const pageSettingsSelect = {
  id: true,
  name: true,
  siteUrl: true,
  timeZone: true,
  supportContact: true,
  guidanceText: true,
  logoUrl: true,
  accentColor: true,
  updatedAt: true,
} as const;

export async function getPageSettings(pageId: string = DEFAULT_PAGE_ID): Promise<PageSettings | null> {
  return getDb().page.findUnique({
    where: { id: pageId },
    select: pageSettingsSelect,
  });
}
