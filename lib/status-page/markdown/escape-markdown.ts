// User text (page, component and incident names) placed inside the markdown's own structure.
// Characters that would start emphasis, code, a link, raw HTML, a table cell or an entity are
// backslash-escaped, and so is a marker at the start (a list item, heading or quote of its
// own); line breaks fold to spaces, so a name can never add a line. Update bodies are markdown
// already and are not passed through here (see indentBody).

const INLINE = /[\\`*_[\]<>|~&#]/g;

export function escapeMarkdownInline(text: string): string {
  const escaped = text.replace(/\s+/g, " ").trim().replace(INLINE, "\\$&");
  return escaped.replace(/^([>+=-])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}

/**
 * An update's body as the content of a list item: every line indented by `spaces`, so the body
 * (headings, lists, an unclosed code fence) stays inside its update and cannot end the list.
 */
export function indentBody(body: string, spaces = 2): string {
  const pad = " ".repeat(spaces);
  return body
    .replace(/\r\n?/g, "\n")
    .trim()
    .split("\n")
    .map((line) => (line.trim() === "" ? "" : `${pad}${line.trimEnd()}`))
    .join("\n");
}
