import { describe, expect, it } from "vitest";
import { headlineWords, keepWebLinks, linkLabel, MARKDOWN_LINK, toneMark, truncate } from "./chat-text";
import { componentNotice, incidentNotice, longBodyNotice, maintenanceNotice } from "./testing/sample-notices";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const hasLoneSurrogate = (text: string) => LONE_SURROGATE.test(text);

describe("truncate", () => {
  it("leaves text within the limit as it is", () => {
    expect(truncate("Slow checkout", 13)).toBe("Slow checkout");
  });

  it("cuts to the limit, the ellipsis included, without trailing spaces before it", () => {
    expect(truncate("Slow checkout today", 10)).toBe("Slow chec…");
    expect(truncate("Slow checkout today", 6)).toBe("Slow…");
    expect(truncate("abcdefghij", 5)).toBe("abcd…");
  });

  it("never splits a surrogate pair", () => {
    // "ab🔥": the cut at 3 units would fall between the emoji's two halves.
    const cut = truncate("ab🔥cd", 4);
    expect(cut).toBe("ab…");
    expect(hasLoneSurrogate(cut)).toBe(false);
    for (let max = 1; max < longBodyNotice.body.length; max += 37) {
      expect(hasLoneSurrogate(truncate(longBodyNotice.body, max))).toBe(false);
    }
  });

  it("keeps a link whole: cuts before it rather than through it", () => {
    const text = "See [our blog](https://acme.example/blog) now";
    expect(truncate(text, 20, MARKDOWN_LINK)).toBe("See…");
    expect(truncate(text, 42, MARKDOWN_LINK)).toBe("See [our blog](https://acme.example/blog)…");
  });

  it("works on the 10,000-unit body", () => {
    expect(longBodyNotice.body).toHaveLength(10_000);
    const cut = truncate(longBodyNotice.body, 4096, MARKDOWN_LINK);
    expect(cut.length).toBeLessThanOrEqual(4096);
    expect(cut.endsWith("…")).toBe(true);
    expect(cut).not.toMatch(/\[[^\]]*\]\([^)]*…$/);
  });
});

describe("keepWebLinks", () => {
  it("keeps http(s) and mailto links and reduces other schemes to their label", () => {
    expect(keepWebLinks("[a](https://x.example) [b](mailto:o@x.example) [c](javascript:alert(1)).")).toBe(
      "[a](https://x.example) [b](mailto:o@x.example) c.",
    );
  });
});

describe("MARKDOWN_LINK", () => {
  it("takes an href with parentheses whole", () => {
    const [match] = "[Foo](https://en.wikipedia.org/wiki/Foo_(bar)) end".matchAll(MARKDOWN_LINK);
    expect(match?.groups).toEqual({ label: "Foo", href: "https://en.wikipedia.org/wiki/Foo_(bar)" });
  });
});

describe("words", () => {
  it("says the headline with the impact, or alone", () => {
    expect(headlineWords(incidentNotice)).toBe("Identified · Major impact");
    expect(headlineWords(componentNotice)).toBe("Major outage");
  });

  it("labels the link by where it goes", () => {
    expect(linkLabel(incidentNotice)).toBe("View incident");
    expect(linkLabel(maintenanceNotice)).toBe("View maintenance");
    expect(linkLabel(componentNotice)).toBe("View status page");
  });

  it("has a mark for every tone", () => {
    expect(toneMark("danger")).toBe("🔴");
    expect(toneMark("good")).toBe("✅");
  });
});
