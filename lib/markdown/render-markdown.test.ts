import { describe, expect, it } from "vitest";
import { markdownToPlainText, renderMarkdown } from "./render-markdown";

const REL = 'rel="nofollow noopener noreferrer"';

const TAG = /<([a-z][a-z0-9-]*)((?:\s+[^\s=/>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/gi;
const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const ALLOWED_TAGS = new Set(["p", "a", "br", "strong", "em", "s", "code", "pre", "ul", "ol", "li", "blockquote", "hr", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td"]);

// Reads every tag the way a browser would (quoted values included) and fails on anything that
// could run: an unexpected element, an on* handler, a script URL in an attribute.
function expectNoExecutableHtml(html: string) {
  expect(html).not.toMatch(/<script/i);
  for (const [, name = "", attributes = ""] of html.matchAll(TAG)) {
    expect(ALLOWED_TAGS, `tag <${name}>`).toContain(name.toLowerCase());
    for (const [, attribute = "", ...values] of attributes.matchAll(ATTRIBUTE)) {
      expect(attribute.toLowerCase(), `attribute ${attribute}`).not.toMatch(/^on/);
      const value = (values.find((v) => v !== undefined) ?? "").replace(/&#0*58;|&colon;/gi, ":").replace(/[\s\u0000-\u001f]/g, "");
      expect(value, `${attribute}=${value}`).not.toMatch(/^(javascript|vbscript|data):/i);
    }
  }
}

const XSS_PAYLOADS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "[x](javascript:alert(1))",
  "[x](JAVASCRIPT:alert(1))",
  "[x]( javascript:alert(1) )",
  "[x](&#106;avascript:alert(1))",
  "[x](java\tscript:alert(1))",
  "[x](vbscript:msgbox(1))",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  '<a href="javascript:alert(1)">x</a>',
  '"><svg onload=alert(1)>',
  '![x" onerror="alert(1)](https://example.com/a.png)',
  '![x](https://example.com/a.png" onerror="alert(1))',
  "![x](javascript:alert(1))",
  "![x](data:image/png;base64,iVBORw0KGgo=)",
  "<javascript:alert(1)>",
  "[x][ref]\n\n[ref]: javascript:alert(1)",
  '[x](https://example.com "a\\" onmouseover=\\"alert(1)")',
  "<details open ontoggle=alert(1)>",
];

describe("renderMarkdown", () => {
  it("has an XSS check that does catch executable HTML", () => {
    expect(() => expectNoExecutableHtml('<a href=" javascript:alert(1)">x</a>')).toThrow();
    expect(() => expectNoExecutableHtml('<p title="x" onclick="alert(1)">x</p>')).toThrow();
    expect(() => expectNoExecutableHtml("<img src=x>")).toThrow();
    expect(() => expectNoExecutableHtml('<p title="a onclick=alert(1)">x</p>')).not.toThrow();
  });

  it.each(XSS_PAYLOADS)("yields no executable HTML for %j", (payload) => {
    expectNoExecutableHtml(renderMarkdown(payload));
  });

  it("shows raw HTML as escaped text", () => {
    expect(renderMarkdown("<script>alert(1)</script>")).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
  });

  it("leaves a link with a forbidden scheme as plain text", () => {
    expect(renderMarkdown("[x](javascript:alert(1))")).toBe("<p>[x](javascript:alert(1))</p>\n");
    expect(renderMarkdown("[x](ftp://example.com/file)")).not.toMatch(/<a /);
    expect(renderMarkdown("[x](/relative/path)")).not.toMatch(/<a /);
  });

  it("renders http, https and mailto links with rel nofollow noopener noreferrer", () => {
    expect(renderMarkdown("[docs](https://example.com/docs)")).toBe(`<p><a href="https://example.com/docs" ${REL}>docs</a></p>\n`);
    expect(renderMarkdown("[mail](mailto:help@example.com)")).toContain(`<a href="mailto:help@example.com" ${REL}>mail</a>`);
    expect(renderMarkdown("[old](http://example.com)")).toContain(`href="http://example.com" ${REL}`);
  });

  it("linkifies bare addresses, with the same rel", () => {
    expect(renderMarkdown("See https://example.com/status now")).toContain(`<a href="https://example.com/status" ${REL}>https://example.com/status</a>`);
    expect(renderMarkdown("Write to help@example.com")).toContain(`<a href="mailto:help@example.com" ${REL}>help@example.com</a>`);
  });

  it("demotes headings by two levels, down to h6", () => {
    expect(renderMarkdown("# Title\n\n## Sub\n\n#### Deep\n\n###### Deepest")).toBe(
      "<h3>Title</h3>\n<h4>Sub</h4>\n<h6>Deep</h6>\n<h6>Deepest</h6>\n",
    );
  });

  it("renders images as links instead of loading them", () => {
    expect(renderMarkdown("![graph of errors](https://example.com/graph.png)")).toBe(
      `<p><a href="https://example.com/graph.png" ${REL}>graph of errors</a></p>\n`,
    );
    expect(renderMarkdown("![](https://example.com/a.png)")).toContain(">image</a>");
    expect(renderMarkdown('![<b>"x"</b>](https://example.com/a.png)')).toContain(">&lt;b&gt;&quot;x&quot;&lt;/b&gt;</a>");
  });

  it("does not nest a link in a link when an image sits inside one", () => {
    const html = renderMarkdown("[![logo](https://example.com/logo.png)](https://example.com)");
    expect(html).toBe(`<p><a href="https://example.com" ${REL}>logo</a></p>\n`);
  });

  it("keeps everyday formatting and turns single newlines into line breaks", () => {
    expect(renderMarkdown("**Fixed** at 10:00\nAll good.")).toBe("<p><strong>Fixed</strong> at 10:00<br>\nAll good.</p>\n");
    expect(renderMarkdown("- one\n- two")).toBe("<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n");
    expect(renderMarkdown("")).toBe("");
  });
});

describe("markdownToPlainText", () => {
  it("strips formatting and keeps paragraphs apart", () => {
    expect(markdownToPlainText("# We are *on it*\n\nThe **API** is `down`.")).toBe("We are on it\n\nThe API is down.");
  });

  it("writes links as text (url) unless the text is the address", () => {
    expect(markdownToPlainText("See [the docs](https://example.com/docs).")).toBe("See the docs (https://example.com/docs).");
    expect(markdownToPlainText("See https://example.com and <https://example.org>.")).toBe("See https://example.com and https://example.org.");
    expect(markdownToPlainText("Mail [help@example.com](mailto:help@example.com)")).toBe("Mail help@example.com");
  });

  it("lists items with markers, numbered lists from their start", () => {
    expect(markdownToPlainText("Steps:\n\n- one\n- two\n  1. nested\n\n3. three\n4. four")).toBe(
      "Steps:\n\n- one\n- two\n  1. nested\n\n3. three\n4. four",
    );
  });

  it("keeps line breaks, code blocks, tables and image addresses", () => {
    expect(markdownToPlainText("line one\nline two")).toBe("line one\nline two");
    expect(markdownToPlainText("```\nnpm restart\n```")).toBe("npm restart");
    expect(markdownToPlainText("| a | b |\n|---|---|\n| 1 | 2 |")).toBe("a | b\n1 | 2");
    expect(markdownToPlainText("![chart](https://example.com/c.png)")).toBe("chart (https://example.com/c.png)");
  });

  it("returns text unescaped, for the caller to escape", () => {
    expect(markdownToPlainText("a < b & <script>")).toBe("a < b & <script>");
    expect(markdownToPlainText("")).toBe("");
  });
});
