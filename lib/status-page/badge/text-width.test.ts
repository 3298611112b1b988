import { describe, expect, it } from "vitest";
import { textWidth } from "./text-width";

describe("textWidth", () => {
  it("adds Verdana's advance widths at 11 px", () => {
    // 1229 + 1276 + 1067 units over a 2048-unit em, at 11 px.
    expect(textWidth("abc")).toBeCloseTo((3572 * 11) / 2048, 5);
    expect(textWidth("")).toBe(0);
  });

  it("makes narrow letters narrow and wide ones wide", () => {
    expect(textWidth("iiii")).toBeLessThan(textWidth("mmmm") / 2);
    expect(textWidth("W")).toBeGreaterThan(textWidth("I") * 2);
  });

  it("gives every printable ASCII character a width", () => {
    for (let code = 0x20; code < 0x7f; code += 1) {
      const char = String.fromCharCode(code);
      expect(textWidth(char), JSON.stringify(char)).toBeGreaterThan(2);
      expect(textWidth(char), JSON.stringify(char)).toBeLessThan(12.5);
    }
  });

  it("counts East Asian characters and emoji as a full em, other letters as an average one", () => {
    expect(textWidth("日本")).toBeCloseTo(22, 5);
    expect(textWidth("😀")).toBeCloseTo(11, 5);
    expect(textWidth("é")).toBeGreaterThan(6);
    expect(textWidth("é")).toBeLessThan(8);
  });

  it("scales with the font size", () => {
    expect(textWidth("status", 22)).toBeCloseTo(textWidth("status") * 2, 5);
  });
});
