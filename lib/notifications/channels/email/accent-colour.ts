// The page's accent colour brands the top rule, the button and the links. A colour chosen for
// a web page can be unreadable in an email (yellow links on white): each use is checked against
// WCAG contrast and falls back to Beacon's own colour when it fails.

export const FALLBACK_ACCENT = "#1d4ed8";
const HEX = /^#[0-9a-f]{6}$/i;
const DARK_TEXT = "#111827";
const WHITE = "#ffffff";

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2 contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

export type EmailPalette = {
  /** The top rule: decoration, so any valid colour will do. */
  rule: string;
  /** Button background: at least 3:1 against the white card, so the button is seen. */
  button: string;
  /** The button's label: white or near-black, whichever reads better on it. */
  buttonText: string;
  /** Links: at least 4.5:1 on the white card and on the grey around it (hence 5:1 on white). */
  link: string;
};

export function emailPalette(accent: string | null | undefined): EmailPalette {
  const valid = accent && HEX.test(accent) ? accent.toLowerCase() : null;
  const rule = valid ?? FALLBACK_ACCENT;
  const button = valid && contrastRatio(valid, WHITE) >= 3 ? valid : FALLBACK_ACCENT;
  const buttonText = contrastRatio(button, WHITE) >= contrastRatio(button, DARK_TEXT) ? WHITE : DARK_TEXT;
  const link = valid && contrastRatio(valid, WHITE) >= 5 ? valid : FALLBACK_ACCENT;
  return { rule, button, buttonText, link };
}
