import { loadStatusMarkdown } from "@/lib/status-page/markdown/load-status-markdown";
import { MARKDOWN_CONTENT_TYPE } from "@/lib/status-page/markdown/status-markdown";
import { textResponse } from "@/lib/status-page/markdown/text-response";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return textResponse(await loadStatusMarkdown(), MARKDOWN_CONTENT_TYPE);
}
