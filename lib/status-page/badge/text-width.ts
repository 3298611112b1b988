// Approximate advance widths of Verdana, in units of a 2048-unit em, so a badge is laid out
// without a font at hand. The SVG also sets textLength, so a viewer with another font squeezes
// or stretches its glyphs to the same width instead of overflowing.

const groups: [string, number][] = [
  ["il", 562],
  ["'", 551],
  ["jJ", 705],
  ["f", 720],
  [" ", 720],
  ["t", 807],
  ["!", 824],
  ["I-", 862],
  ["r", 874],
  [":;/\\|", 889],
  ['"', 924],
  ["()[]{}", 929],
  [".,", 745],
  ["cszC", 1067],
  ["?", 1112],
  ["`", 1024],
  ["L", 1141],
  ["F", 1178],
  ["kvxy", 1193],
  ["e", 1220],
  ["a", 1229],
  ["o", 1243],
  ["Y", 1253],
  ["PT", 1255],
  ["bdgpq", 1276],
  ["E", 1295],
  ["hnu", 1296],
  ["0123456789_*$", 1303],
  ["AV", 1401],
  ["ZX", 1405],
  ["BS", 1413],
  ["K", 1424],
  ["R", 1449],
  ["&", 1454],
  ["U", 1507],
  ["N", 1532],
  ["H", 1540],
  ["D", 1577],
  ["G", 1587],
  ["OQ", 1643],
  ["w", 1686],
  ["#+=<>~^", 1716],
  ["M", 1726],
  ["m", 1993],
  ["W", 2034],
  ["@", 2048],
  ["%", 2212],
  ["…", 1638],
];

const units = new Map<string, number>(groups.flatMap(([chars, width]) => [...chars].map((char): [string, number] => [char, width])));

// Characters outside the table: East Asian scripts and emoji take about a full em; anything
// else (accented letters, Cyrillic, Greek) about an average lowercase letter.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f000}-\u{1faff}\u{20000}-\u{3fffd}]/u;
const AVERAGE = 1250;
const EM = 2048;

function charUnits(char: string): number {
  return units.get(char) ?? (WIDE.test(char) ? EM : AVERAGE);
}

/** The width in pixels of `text` in Verdana at `fontSize` px (11 on a badge). */
export function textWidth(text: string, fontSize = 11): number {
  let total = 0;
  for (const char of text) total += charUnits(char);
  return (total * fontSize) / EM;
}
