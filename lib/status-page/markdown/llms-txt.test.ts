import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { buildLlmsTxt } from "./llms-txt";

const BASE = "https://status.example.test";

describe("buildLlmsTxt", () => {
  it("follows the llms.txt layout: a title, a one-line summary, then links, /index.md first", () => {
    const text = buildLlmsTxt({ pageName: "Acme", baseUrl: BASE });
    const lines = text.split("\n").filter((line) => line !== "");
    expect(lines[0]).toBe("# Acme");
    expect(lines[1]).toMatch(/^> The live status of Acme: /);
    expect(lines[2]).toBe("## Status");
    expect(lines[3]).toMatch(new RegExp(`^- \\[Status as markdown\\]\\(${BASE}/index\\.md\\): `));
    expect(text).toContain(`(${BASE}/api/v2/summary.json)`);
    expect(text).toContain(`(${BASE}/history.atom)`);
  });

  it("escapes the page name, which is user input", () => {
    const text = buildLlmsTxt({ pageName: "Acme [x](https://evil.example)\n# Two", baseUrl: BASE });
    expect(text.split("\n")[0]).toBe("# Acme \\[x\\](https://evil.example) \\# Two");
    expect(new MarkdownIt().render(text)).not.toContain('href="https://evil.example"');
  });
});
