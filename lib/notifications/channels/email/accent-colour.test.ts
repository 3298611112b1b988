import { describe, expect, it } from "vitest";
import { contrastRatio, emailPalette, FALLBACK_ACCENT } from "./accent-colour";

describe("emailPalette", () => {
  it("uses a dark enough accent everywhere, with white text on its button", () => {
    expect(emailPalette("#0A7C4A")).toEqual({ rule: "#0a7c4a", button: "#0a7c4a", buttonText: "#ffffff", link: "#0a7c4a" });
  });

  it("keeps a pale accent for the rule only: buttons and links fall back to a readable colour", () => {
    expect(emailPalette("#ffeb3b")).toEqual({ rule: "#ffeb3b", button: FALLBACK_ACCENT, buttonText: "#ffffff", link: FALLBACK_ACCENT });
  });

  it("puts dark text on a mid-tone button where it reads better than white", () => {
    const palette = emailPalette("#e0731a");
    expect(palette.button).toBe("#e0731a");
    expect(palette.buttonText).toBe("#111827");
    expect(contrastRatio(palette.button, palette.buttonText)).toBeGreaterThanOrEqual(4.5);
  });

  it("falls back when the setting is missing or not a colour", () => {
    for (const value of [null, undefined, "red", "#fff", "url(x)"]) expect(emailPalette(value).rule).toBe(FALLBACK_ACCENT);
  });
});
