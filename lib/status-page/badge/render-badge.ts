import { escapeXml as x } from "../feeds/escape-xml";
import type { BadgeStatus } from "./badge-status";
import { badgeToneColor } from "./badge-status";
import type { BadgeTheme } from "./badge-theme";
import { textWidth } from "./text-width";

// A flat two-part badge in the shields.io manner: a label on grey, the status on its colour.
// Its name (aria-label and <title>) holds the full label, which the drawn text may shorten.

export const BADGE_CONTENT_TYPE = "image/svg+xml; charset=utf-8";

const HEIGHT = 20;
const PADDING = 6;
const FONT_SIZE = 11;
// About 26 average letters: a long component name is cut, not a badge wider than a README's column.
export const MAX_LABEL_WIDTH = 160;
const ELLIPSIS = "…";

const labelBackground: Record<BadgeTheme, string> = { light: "#555555", dark: "#24292f" };

export type BadgeInput = { label: string; status: BadgeStatus; theme: BadgeTheme };

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** `label` cut at a character so that it (with an ellipsis) fits `maxWidth` pixels. */
export function fitLabel(label: string, maxWidth = MAX_LABEL_WIDTH): string {
  if (textWidth(label) <= maxWidth) return label;
  const chars = [...label];
  while (chars.length > 1 && textWidth(`${chars.join("").trimEnd()}${ELLIPSIS}`) > maxWidth) chars.pop();
  return `${chars.join("").trimEnd()}${ELLIPSIS}`;
}

const round = (value: number): string => String(Math.round(value * 10) / 10);

/** The badge's accessible name: "status: all systems operational", "API: major outage". */
export function badgeName(input: Pick<BadgeInput, "label" | "status">): string {
  return `${oneLine(input.label)}: ${input.status.words}`;
}

export function renderBadge(input: BadgeInput): string {
  const name = x(badgeName(input));
  const label = fitLabel(oneLine(input.label));
  const labelText = textWidth(label);
  const statusText = textWidth(input.status.words);
  const left = Math.ceil(labelText) + 2 * PADDING;
  const right = Math.ceil(statusText) + 2 * PADDING;
  const width = left + right;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}" role="img" aria-label="${name}">`,
    `  <title>${name}</title>`,
    `  <clipPath id="badge-corners"><rect width="${width}" height="${HEIGHT}" rx="3"/></clipPath>`,
    `  <g clip-path="url(#badge-corners)">`,
    `    <rect width="${left}" height="${HEIGHT}" fill="${labelBackground[input.theme]}"/>`,
    `    <rect x="${left}" width="${right}" height="${HEIGHT}" fill="${badgeToneColor[input.status.tone]}"/>`,
    "  </g>",
    `  <g fill="#ffffff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="${FONT_SIZE}">`,
    `    <text x="${round(left / 2)}" y="14" textLength="${round(labelText)}" lengthAdjust="spacingAndGlyphs">${x(label)}</text>`,
    `    <text x="${round(left + right / 2)}" y="14" textLength="${round(statusText)}" lengthAdjust="spacingAndGlyphs">${x(input.status.words)}</text>`,
    "  </g>",
    "</svg>",
    "",
  ].join("\n");
}
