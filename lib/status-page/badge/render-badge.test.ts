import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { badgeToneColor, componentBadgeStatus } from "./badge-status";
import { badgeName, fitLabel, MAX_LABEL_WIDTH, renderBadge } from "./render-badge";
import { textWidth } from "./text-width";

type Text = { "#text": string; "@_x": string; "@_textLength": string };
type Rect = { "@_x"?: string; "@_width": string; "@_fill"?: string };
type Svg = {
  "@_width": string;
  "@_role": string;
  "@_aria-label": string;
  title: string;
  g: [{ rect: Rect[] }, { text: Text[] }];
};

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, parseAttributeValue: false, isArray: (name) => ["g", "rect", "text"].includes(name) });

function parse(svg: string): Svg {
  expect(XMLValidator.validate(svg)).toBe(true);
  return (parser.parse(svg) as { svg: Svg }).svg;
}

const operational = componentBadgeStatus("operational");

describe("renderBadge", () => {
  it("is an image named by its label and status, in aria-label and <title>", () => {
    const svg = parse(renderBadge({ label: "status", status: operational, theme: "light" }));
    expect(svg["@_role"]).toBe("img");
    expect(svg["@_aria-label"]).toBe("status: operational");
    expect(svg.title).toBe("status: operational");
    expect(svg.g[1].text.map((text) => text["#text"])).toEqual(["status", "operational"]);
  });

  it("sizes each half to its text from the width table", () => {
    const svg = parse(renderBadge({ label: "status", status: componentBadgeStatus("major_outage"), theme: "light" }));
    const [label, value] = svg.g[0].rect;
    expect(Number(label?.["@_width"])).toBe(Math.ceil(textWidth("status")) + 12);
    expect(Number(value?.["@_width"])).toBe(Math.ceil(textWidth("major outage")) + 12);
    expect(Number(value?.["@_x"])).toBe(Number(label?.["@_width"]));
    expect(Number(svg["@_width"])).toBe(Number(label?.["@_width"]) + Number(value?.["@_width"]));
    expect(value?.["@_fill"]).toBe(badgeToneColor.major);
    // textLength pins the drawn width, so another font cannot overflow the box.
    expect(Number(svg.g[1].text[1]?.["@_textLength"])).toBeCloseTo(textWidth("major outage"), 1);
  });

  it("escapes a name, which is user input", () => {
    const label = `<script>"x"</script> & 'co'`;
    const raw = renderBadge({ label, status: operational, theme: "light" });
    expect(raw).not.toContain("<script>");
    expect(raw).toContain('aria-label="&lt;script&gt;&quot;x&quot;&lt;/script&gt; &amp; &apos;co&apos;: operational"');
    // Read back, the name is the text as typed.
    const svg = parse(raw);
    expect(svg.title).toBe(`${label}: operational`);
    expect(svg["@_aria-label"]).toBe(`${label}: operational`);
    expect(svg.g[1].text[0]?.["#text"]).toBe(label);
  });

  it("drops characters XML forbids and folds line breaks", () => {
    const svg = parse(renderBadge({ label: "API\u0000\n  eu", status: operational, theme: "light" }));
    expect(svg.title).toBe("API eu: operational");
  });

  it("darkens the label for ?theme=dark and keeps the status colour", () => {
    const light = parse(renderBadge({ label: "status", status: operational, theme: "light" }));
    const dark = parse(renderBadge({ label: "status", status: operational, theme: "dark" }));
    expect(light.g[0].rect[0]?.["@_fill"]).toBe("#555555");
    expect(dark.g[0].rect[0]?.["@_fill"]).toBe("#24292f");
    expect(dark.g[0].rect[1]?.["@_fill"]).toBe(light.g[0].rect[1]?.["@_fill"]);
    expect(dark["@_width"]).toBe(light["@_width"]);
  });

  it("cuts a long label with an ellipsis but names the badge in full", () => {
    const long = "Customer authentication and single sign-on gateway (EU)";
    const svg = parse(renderBadge({ label: long, status: operational, theme: "light" }));
    const drawn = svg.g[1].text[0]?.["#text"] ?? "";
    expect(drawn.endsWith("…")).toBe(true);
    expect(long.startsWith(drawn.slice(0, -1))).toBe(true);
    expect(textWidth(drawn)).toBeLessThanOrEqual(MAX_LABEL_WIDTH);
    expect(svg.title).toBe(badgeName({ label: long, status: operational }));
  });
});

describe("fitLabel", () => {
  it("keeps a label that fits", () => {
    expect(fitLabel("API")).toBe("API");
  });

  it("never splits a character made of two UTF-16 units, nor ends on a space", () => {
    const emoji = fitLabel("😀".repeat(40));
    expect(emoji).toMatch(/^(?:😀)+…$/u);
    expect(textWidth(emoji)).toBeLessThanOrEqual(MAX_LABEL_WIDTH);
    expect(fitLabel("ab cd", textWidth("ab …"))).toBe("ab…");
  });
});
