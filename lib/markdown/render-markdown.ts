import MarkdownIt, { type Token } from "markdown-it";

// Incident updates are markdown written in the admin, or sent over the API by tooling, and
// rendered on a public page: treat them as untrusted. No raw HTML, links only to
// http(s)/mailto, no remote images (they would leak visitors' IPs to third parties).

const LINK_REL = "nofollow noopener noreferrer";
const SAFE_LINK = /^(https?:|mailto:)/i;

const md = new MarkdownIt("default", {
  html: false,
  linkify: true,
  // Updates are typed in plain textareas, where a single newline is meant as a line break.
  breaks: true,
});

// markdown-it's own check drops javascript:, vbscript:, file: and most data: links; this is
// stricter still. A rejected link stays in the text as the literal markdown.
md.validateLink = (url) => SAFE_LINK.test(url.trim());

// h1/h2 in a message become h3/h4: the page's own headings stay on top.
md.core.ruler.push("demote_headings", (state) => {
  for (const token of state.tokens) {
    if (token.type === "heading_open" || token.type === "heading_close") {
      token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + 2)}`;
    }
  }
});

md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  tokens[idx]?.attrSet("rel", LINK_REL);
  return self.renderToken(tokens, idx, options);
};

function isInsideLink(tokens: Token[], idx: number): boolean {
  let depth = 0;
  for (let index = 0; index < idx; index += 1) {
    const type = tokens[index]?.type;
    if (type === "link_open") depth += 1;
    if (type === "link_close") depth -= 1;
  }
  return depth > 0;
}

// An image becomes a link to it, labelled with its alt text; a link may not hold another.
md.renderer.rules.image = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  if (!token) return "";
  const label = md.utils.escapeHtml(self.renderInlineAsText(token.children ?? [], options, env) || "image");
  if (isInsideLink(tokens, idx)) return label;
  const href = md.utils.escapeHtml(String(token.attrGet("src") ?? ""));
  return `<a href="${href}" rel="${LINK_REL}">${label}</a>`;
};

/** Safe HTML for a message written in markdown. */
export function renderMarkdown(text: string): string {
  return md.render(text ?? "");
}

function inlineText(children: readonly Token[]): string {
  let out = "";
  let href: string | null = null;
  let linkStart = 0;
  for (const token of children) {
    if (token.type === "text" || token.type === "code_inline") out += token.content;
    else if (token.type === "softbreak" || token.type === "hardbreak") out += "\n";
    else if (token.type === "image") out += `${token.content || "image"} (${token.attrGet("src") ?? ""})`;
    else if (token.type === "link_open") {
      // Autolinks and bare URLs already show their address.
      href = token.markup === "linkify" || token.markup === "autolink" ? null : String(token.attrGet("href") ?? "");
      linkStart = out.length;
    } else if (token.type === "link_close") {
      const label = out.slice(linkStart);
      if (href && label !== href && `mailto:${label}` !== href) out += ` (${href})`;
      href = null;
    }
  }
  return out;
}

/**
 * The message as plain text for feeds and emails: links as "text (url)", lists as "- item".
 * The result is unescaped text: escape it for wherever it goes.
 */
export function markdownToPlainText(text: string): string {
  // Items of one list and rows of one table go on consecutive lines; other blocks get a blank line.
  const blocks: { text: string; tight: boolean }[] = [];
  const lists: ("-" | number)[] = [];
  let marker = "";
  let row: string[] | null = null;
  let groupStart = false;
  const push = (content: string, inGroup: boolean) => {
    blocks.push({ text: content, tight: inGroup && !groupStart });
    groupStart = false;
  };
  for (const token of md.parse(text ?? "", {})) {
    if (token.type === "bullet_list_open" || token.type === "ordered_list_open") {
      if (lists.length === 0) groupStart = true;
      lists.push(token.type === "bullet_list_open" ? "-" : Number(token.attrGet("start") ?? 1));
    } else if (token.type === "bullet_list_close" || token.type === "ordered_list_close") lists.pop();
    else if (token.type === "list_item_open") {
      const top = lists.at(-1) ?? "-";
      marker = `${"  ".repeat(lists.length - 1)}${top === "-" ? "-" : `${top}.`} `;
      if (typeof top === "number") lists[lists.length - 1] = top + 1;
    } else if (token.type === "table_open") groupStart = true;
    else if (token.type === "tr_open") row = [];
    else if (token.type === "tr_close" && row) {
      push(row.join(" | "), true);
      row = null;
    } else if (token.type === "inline") {
      const content = inlineText(token.children ?? []);
      if (row) row.push(content);
      else push(marker + content, lists.length > 0);
      marker = "";
    } else if (token.type === "fence" || token.type === "code_block") {
      push(token.content.replace(/\n$/, ""), lists.length > 0);
    }
  }
  return blocks
    .map((block, index) => (index === 0 ? "" : block.tight ? "\n" : "\n\n") + block.text)
    .join("")
    .trim();
}
