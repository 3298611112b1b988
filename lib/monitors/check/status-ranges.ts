// The status codes a monitor counts as up, written the way people write them: "200-399" or
// "200,204,301-302". The same parser validates the form and judges each check, so a value that
// saves is a value that works. Messages follow the field's name ("upStatuses has 700, …").

const MAX_PARTS = 20;
const FORMAT_HINT = "must be codes or ranges such as 200-399 or 200,204";
const PART = /^(\d+)(?:\s*-\s*(\d+))?$/;

type Range = { from: number; to: number };

function parseCode(digits: string): number {
  const code = Number(digits);
  if (!Number.isInteger(code) || code < 100 || code > 599) {
    // A long run of digits is shown cut, so the message stays short.
    const shown = digits.length > 6 ? `${digits.slice(0, 6)}…` : digits;
    throw new Error(`has ${shown}, which is not an HTTP status code`);
  }
  return code;
}

function parsePart(part: string): Range {
  const match = PART.exec(part.trim());
  if (!match?.[1]) throw new Error(FORMAT_HINT);
  const from = parseCode(match[1]);
  const to = match[2] === undefined ? from : parseCode(match[2]);
  if (from > to) throw new Error(`has the range ${from}-${to}, which runs backwards`);
  return { from, to };
}

/** Throws an `Error` whose message reads after the field's name when `text` is not valid. */
export function parseStatusRanges(text: string): (code: number) => boolean {
  if (text.trim() === "") throw new Error(FORMAT_HINT);
  const parts = text.split(",");
  if (parts.length > MAX_PARTS) throw new Error(`has more than ${MAX_PARTS} parts`);
  const ranges = parts.map(parsePart);
  return (code) => ranges.some((range) => code >= range.from && code <= range.to);
}
