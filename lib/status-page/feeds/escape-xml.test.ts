import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { escapeXml } from "./escape-xml";

describe("escapeXml", () => {
  it("escapes markup characters and both quotes", () => {
    expect(escapeXml(`<script>alert("x")</script> & 'y'`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;",
    );
  });

  it("escapes an ampersand that already looks like an entity", () => {
    expect(escapeXml("&amp; &#60;")).toBe("&amp;amp; &amp;#60;");
  });

  it("strips control characters XML 1.0 forbids but keeps tab, newline and carriage return", () => {
    expect(escapeXml("a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg")).toBe("abcdefg");
    expect(escapeXml("line\tone\r\nline two")).toBe("line\tone\r\nline two");
  });

  it("strips lone surrogates and U+FFFE/U+FFFF but keeps other Unicode", () => {
    expect(escapeXml("a\uD800b\uDFFFc\uFFFEd\uFFFFe")).toBe("abcde");
    expect(escapeXml("café 😀 日本")).toBe("café 😀 日本");
  });

  it("keeps DEL and C1 controls, which XML 1.0 allows", () => {
    expect(escapeXml("a\u007Fb\u0085c")).toBe("a\u007Fb\u0085c");
  });

  it("produces text that a parser reads back unchanged, minus the forbidden characters", () => {
    const original = `Title <script>&"'\u0000\u001B end`;
    const xml = `<r a="${escapeXml(original)}">${escapeXml(original)}</r>`;
    expect(XMLValidator.validate(xml)).toBe(true);
    const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, processEntities: true });
    const parsed = parser.parse(xml) as { r: { "#text": string; "@_a": string } };
    expect(parsed.r["#text"]).toBe(`Title <script>&"' end`);
    expect(parsed.r["@_a"]).toBe(`Title <script>&"' end`);
  });
});
