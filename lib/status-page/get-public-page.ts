import "server-only";
import { DEFAULT_PAGE_ID } from "../pages/default-page";
import { ensurePage } from "../pages/ensure-page";
import { getPageSettings, type PageSettings } from "../pages/get-page-settings";

/**
 * The installation's page for public machine-readable surfaces. Start-up creates the page;
 * the fallback only covers a database set up without it, so a GET still answers.
 */
export async function getPublicPage(): Promise<PageSettings> {
  const page = await getPageSettings(DEFAULT_PAGE_ID);
  if (page) return page;
  await ensurePage();
  const created = await getPageSettings(DEFAULT_PAGE_ID);
  if (!created) throw new Error(`page ${DEFAULT_PAGE_ID} is missing right after ensurePage()`);
  return created;
}
