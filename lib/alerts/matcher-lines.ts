import { ValidationError } from "../errors";

// The dashboard's matchers box: one `label=value` a line, as Alertmanager's own matchers are
// written (`service="api"` works too). Only equality: a route matches labels exactly.

export type Matcher = { name: string; value: string };

const LINE = /^([^=\s]+)\s*=\s*(.*)$/;

export function parseMatcherLines(text: string): Matcher[] {
  const matchers: Matcher[] = [];
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
  for (const [index, line] of lines.entries()) {
    const found = LINE.exec(line);
    // != and =~ would read as a label "x!" or a value "~...": refused, not misread.
    if (!found || found[1]!.endsWith("!") || found[2]!.startsWith("~")) {
      const message = `line ${index + 1} must be label=value (only exact matches)`;
      throw new ValidationError(`matchers ${message}`, { matchers: message });
    }
    const raw = found[2]!.trim();
    const quoted = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"');
    matchers.push({ name: found[1]!, value: quoted ? raw.slice(1, -1) : raw });
  }
  return matchers;
}

/** The matchers as stored (a JSON object with sorted keys) and shown (`a="1", b="2"`). */
export function matchersToJson(matchers: readonly Matcher[]): string {
  const sorted = [...matchers].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return JSON.stringify(Object.fromEntries(sorted.map((matcher) => [matcher.name, matcher.value])));
}

export function describeMatchers(matchers: Record<string, string>): string {
  return Object.entries(matchers)
    .map(([name, value]) => `${name}="${value}"`)
    .join(", ");
}
