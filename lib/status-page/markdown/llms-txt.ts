import { escapeMarkdownInline as md } from "./escape-markdown";

// /llms.txt after the llms.txt convention (llmstxt.org): a title, a one-line summary in a quote,
// then sections of "- [name](url): what it holds", pointing an agent at /index.md first.

export const LLMS_TXT_CONTENT_TYPE = "text/plain; charset=utf-8";

export function buildLlmsTxt(input: { pageName: string; baseUrl: string }): string {
  const { baseUrl } = input;
  const name = md(input.pageName);
  const blocks = [
    `# ${name}`,
    `> The live status of ${name}: overall status, components, current incidents and maintenance.`,
    "## Status",
    [
      `- [Status as markdown](${baseUrl}/index.md): overall status, components, open incidents with their updates, maintenance in progress and upcoming`,
      `- [Summary JSON](${baseUrl}/api/v2/summary.json): the same, in the Atlassian Statuspage v2 format`,
      `- [History feed](${baseUrl}/history.atom): past incidents and maintenance as an Atom feed (RSS: ${baseUrl}/history.rss)`,
    ].join("\n"),
  ];
  return `${blocks.join("\n\n")}\n`;
}
