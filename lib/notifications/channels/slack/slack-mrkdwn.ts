import { isWebLink, MARKDOWN_LINK } from "../chat/chat-text";

// Slack's mrkdwn is not Markdown: *bold*, _italic_, ~strike~, <url|label>, no headings. Its only
// control characters are &, < and >; escaped everywhere else, an update cannot open a
// <!channel> mention or a link of its own.

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// Inside <url|label> a URL must not hold the characters that end it; Slack writes & as &amp;.
function slackUrl(href: string): string {
  return href.replace(/&/g, "&amp;").replace(/</g, "%3C").replace(/>/g, "%3E").replace(/\|/g, "%7C");
}

const INLINE = new RegExp(
  [
    "`(?<code>[^`\\n]+)`",
    `!?${MARKDOWN_LINK.source}`,
    "\\*\\*(?<strong>.+?)\\*\\*",
    "__(?<underscored>.+?)__",
    "~~(?<strike>.+?)~~",
    "\\*(?<em>[^*\\s](?:[^*\\n]*[^*\\s])?)\\*",
    "(?<!\\w)_(?<underlined>[^_\\s](?:[^_\\n]*[^_\\s])?)_(?!\\w)",
  ].join("|"),
  "g",
);

type InlineGroups = Partial<Record<"code" | "label" | "href" | "strong" | "underscored" | "strike" | "em" | "underlined", string>>;

function inline(text: string): string {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    out += escapeMrkdwn(text.slice(last, match.index)) + inlineToken(match.groups as InlineGroups);
    last = match.index + match[0].length;
  }
  return out + escapeMrkdwn(text.slice(last));
}

function inlineToken(groups: InlineGroups): string {
  if (groups.code !== undefined) return `\`${escapeMrkdwn(groups.code)}\``;
  if (groups.href !== undefined && groups.label !== undefined) {
    return isWebLink(groups.href) ? `<${slackUrl(groups.href)}|${escapeMrkdwn(groups.label)}>` : escapeMrkdwn(groups.label);
  }
  const strong = groups.strong ?? groups.underscored;
  if (strong !== undefined) return `*${inline(strong)}*`;
  if (groups.strike !== undefined) return `~${inline(groups.strike)}~`;
  return `_${inline(groups.em ?? groups.underlined ?? "")}_`;
}

function blockLine(line: string): string {
  const heading = /^#{1,6}\s+(.*?)[\s#]*$/.exec(line);
  if (heading) return `*${inline(heading[1] ?? "")}*`;
  const bullet = /^(\s*)[-*+]\s+(.*)$/.exec(line);
  if (bullet) return `${bullet[1]}• ${inline(bullet[2] ?? "")}`;
  // A leading ">" is a quote in mrkdwn as in Markdown; everywhere else ">" is escaped.
  const quote = /^>\s?(.*)$/.exec(line);
  if (quote) return `> ${inline(quote[1] ?? "")}`;
  return inline(line);
}

/** An update's Markdown as Slack mrkdwn; code is kept verbatim (escaped), unsafe links lose their URL. */
export function markdownToMrkdwn(markdown: string): string {
  let inFence = false;
  return markdown
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => {
      if (/^\s*```/.test(line)) {
        inFence = !inFence;
        return "```";
      }
      return inFence ? escapeMrkdwn(line) : blockLine(line);
    })
    .join("\n");
}
