import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { snapshotContentSecurityPolicy } from "../../web/http/content-security-policy.js";
import { toStaticHtml } from "./static-html";

const ownScript = "document.documentElement.dataset.js='1'";
const page = [
  '<html><head><link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/c.js" async=""></script></head><body><h1>Status</h1>',
  `<script data-beacon="">${ownScript}</script>`,
  '<script>self.__next_f.push([1,"payload \\u003c/script"])</script>',
  '<script data-beacon="" src="/evil.js"></script></body></html>',
].join("");

describe("toStaticHtml", () => {
  const { html, scriptHashes } = toStaticHtml(page);

  it("drops Next's runtime scripts and their preloads but keeps styles and content", () => {
    expect(html).not.toContain("__next_f");
    expect(html).not.toContain("c.js");
    expect(html).not.toContain("b.js");
    expect(html).not.toContain("/evil.js");
    expect(html).toContain('href="/_next/static/chunks/a.css"');
    expect(html).toContain("<h1>Status</h1>");
  });

  it("keeps Beacon's inline scripts and allows exactly those by hash", () => {
    expect(html).toContain(ownScript);
    const hash = createHash("sha256").update(ownScript).digest("base64");
    expect(scriptHashes).toEqual([`'sha256-${hash}'`]);
    expect(snapshotContentSecurityPolicy(scriptHashes)).toContain(`script-src 'sha256-${hash}'`);
  });

  it("allows no script at all when the page has none of its own", () => {
    expect(snapshotContentSecurityPolicy([])).toContain("script-src 'none'");
    expect(snapshotContentSecurityPolicy([])).toContain("frame-ancestors 'none'");
  });
});
