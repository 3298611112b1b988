import { describe, expect, it } from "vitest";
import { assetsOf, mirrorFile, rewriteLinks } from "./mirror-paths";

describe("mirrorFile", () => {
  it("puts pages in folders and keeps files' names", () => {
    expect(mirrorFile("/")).toBe("index.html");
    expect(mirrorFile("/incidents/abc")).toBe("incidents/abc/index.html");
    expect(mirrorFile("/history")).toBe("history/index.html");
    expect(mirrorFile("/history?page=3")).toBe("history/page/3/index.html");
    expect(mirrorFile("/api/v2/summary.json")).toBe("api/v2/summary.json");
    expect(mirrorFile("/history.atom")).toBe("history.atom");
    expect(mirrorFile("/badge.svg?theme=dark")).toBe("badge-dark.svg");
  });
});

describe("rewriteLinks", () => {
  const beacon = "https://status.example.com";
  it("makes links between mirrored pages relative, so the folder works from a sub-path", () => {
    const html = '<a href="/">Home</a><a href="/history?page=2">Older</a><a href="/incidents/abc#u1">One</a><link rel="stylesheet" href="/_next/static/chunks/a.css"><link rel="icon" href="/icon.svg?x=1">';
    expect(rewriteLinks(html, "incidents/xyz/index.html", beacon)).toBe(
      '<a href="../../">Home</a><a href="../../history/page/2/">Older</a><a href="../abc/#u1">One</a><link rel="stylesheet" href="../../_next/static/chunks/a.css"><link rel="icon" href="../../icon.svg">',
    );
    expect(rewriteLinks('<a href="/history">All</a><a href="/api/v2/summary.json">JSON</a>', "index.html", beacon)).toBe('<a href="./history/">All</a><a href="./api/v2/summary.json">JSON</a>');
  });

  it("sends what only Beacon answers to Beacon, and leaves other sites' links alone", () => {
    const html = '<form action="/subscribe"></form><a href="/subscribe">Subscribe</a><a href="https://example.org/">Us</a><a href="//cdn.example/x">CDN</a>';
    expect(rewriteLinks(html, "index.html", beacon)).toBe(
      '<form action="https://status.example.com/subscribe"></form><a href="https://status.example.com/subscribe">Subscribe</a><a href="https://example.org/">Us</a><a href="//cdn.example/x">CDN</a>',
    );
  });

  it("finds the styles and icon a page needs", () => {
    expect(assetsOf('<link href="/_next/static/chunks/a.css"><link href="/icon.svg?v=2"><a href="/history">')).toEqual(["/_next/static/chunks/a.css", "/icon.svg"]);
  });
});
