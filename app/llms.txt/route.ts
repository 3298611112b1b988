import { LLMS_TXT_CONTENT_TYPE } from "@/lib/status-page/markdown/llms-txt";
import { loadLlmsTxt } from "@/lib/status-page/markdown/load-status-markdown";
import { textResponse } from "@/lib/status-page/markdown/text-response";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return textResponse(await loadLlmsTxt(), LLMS_TXT_CONTENT_TYPE);
}
