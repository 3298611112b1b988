import "server-only";
import { getEnv } from "../../env";
import { getPublicPage } from "../get-public-page";
import { loadStatusPage } from "../load-status-page";
import { buildLlmsTxt } from "./llms-txt";
import { buildStatusMarkdown } from "./status-markdown";

/** /index.md from the same load as the public page, so the two never disagree. */
export async function loadStatusMarkdown(): Promise<string> {
  return buildStatusMarkdown({ ...(await loadStatusPage()), baseUrl: getEnv().BEACON_URL });
}

export async function loadLlmsTxt(): Promise<string> {
  return buildLlmsTxt({ pageName: (await getPublicPage()).name, baseUrl: getEnv().BEACON_URL });
}
