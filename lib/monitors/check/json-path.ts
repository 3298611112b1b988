// A small path into a JSON answer: `status`, `data.items[0].state`, `$.status`. Deliberately
// not JSONPath (no wildcards, no filters): one path names one value. Keys are looked up as own
// properties only, so `__proto__`, `constructor` and friends never reach the prototype.

export type JsonPathSegment = string | number;

const MAX_LENGTH = 200;
const MAX_SEGMENTS = 20;
const FORMAT_HINT = "must be a path such as status or data.items[0].state";
const SEGMENT = /^(?:\.([^.[\]]+)|\[(\d+)\])/;

/**
 * "$" alone names the whole answer. Throws an `Error` whose message reads after the field's
 * name when `path` is not valid.
 */
export function parseJsonPath(path: string): JsonPathSegment[] {
  if (path.length > MAX_LENGTH) throw new Error(`is longer than ${MAX_LENGTH} characters`);
  const trimmed = path.trim();
  if (trimmed === "") throw new Error(FORMAT_HINT);
  // Written as ".key" or "[0]" after the optional "$", so every segment reads alike.
  let rest = trimmed.startsWith("$") ? trimmed.slice(1) : trimmed.startsWith("[") ? trimmed : `.${trimmed}`;
  const segments: JsonPathSegment[] = [];
  while (rest !== "") {
    const match = SEGMENT.exec(rest);
    if (!match) throw new Error(FORMAT_HINT);
    segments.push(match[1] ?? Number(match[2]));
    if (segments.length > MAX_SEGMENTS) throw new Error(`has more than ${MAX_SEGMENTS} parts`);
    rest = rest.slice(match[0].length);
  }
  return segments;
}

export type JsonLookup = { found: true; value: unknown } | { found: false };

export function readJsonPath(root: unknown, segments: JsonPathSegment[]): JsonLookup {
  let value = root;
  for (const segment of segments) {
    if (typeof segment === "number") {
      if (!Array.isArray(value) || segment >= value.length) return { found: false };
      value = value[segment];
    } else {
      if (typeof value !== "object" || value === null || !Object.hasOwn(value, segment)) return { found: false };
      value = (value as Record<string, unknown>)[segment];
    }
  }
  return { found: true, value };
}

/** The text a found value is compared as: strings as they are, everything else as JSON. */
export function jsonValueText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === null || typeof value !== "object") return String(value);
  return JSON.stringify(value);
}
