import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { escapeMarkdownInline, indentBody } from "./escape-markdown";

const markdown = new MarkdownIt();
const inlineText = (source: string) => markdown.renderInline(source);

describe("escapeMarkdownInline", () => {
  it("leaves plain names as they are", () => {
    expect(escapeMarkdownInline("API (EU) 2.0: ok?")).toBe("API (EU) 2.0: ok?");
  });

  it("renders back to the text as typed, with no emphasis, code, link or HTML", () => {
    for (const name of ["*bold* _it_", "`code`", "[link](https://evil.example)", "<img src=x onerror=alert(1)>", "a | b", "~~gone~~", "&lt;", "![x](y)", "back\\slash"]) {
      const html = inlineText(escapeMarkdownInline(name));
      const escapedName = name.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
      expect(html, name).toBe(escapedName);
    }
  });

  it("escapes a marker at the start, so a name is not a list item, quote or heading of its own", () => {
    for (const name of ["- api", "+ api", "> api", "# api", "1. api", "2) api", "= api"]) {
      const html = markdown.render(escapeMarkdownInline(name));
      expect(html, name).toMatch(/^<p>/);
    }
  });

  it("folds line breaks, so a name never adds a line", () => {
    expect(escapeMarkdownInline("API\n# Owned\r\n- item")).toBe("API \\# Owned - item");
  });
});

describe("indentBody", () => {
  it("indents every line and keeps blank lines empty", () => {
    expect(indentBody("First line\r\n\r\n- a\n- b  \n")).toBe("  First line\n\n  - a\n  - b");
  });

  it("keeps a body's headings and fences inside the list item it is put under", () => {
    const source = `- Update\n\n${indentBody("# Not a page heading\n\n```\nunclosed fence")}\n\n- Next update`;
    const tokens = markdown.parse(source, {});
    // Two updates in one list; the heading and the fence are inside the first, and the fence
    // ends with it instead of swallowing the next update.
    expect(tokens.filter((token) => token.type === "list_item_open" && token.level === 1)).toHaveLength(2);
    expect(tokens.filter((token) => token.type === "heading_open").every((token) => token.level > 1)).toBe(true);
    expect(tokens.find((token) => token.type === "fence")?.content.trim()).toBe("unclosed fence");
    expect(markdown.render(source)).toContain("<li>\n<p>Next update</p>\n</li>");
  });
});
