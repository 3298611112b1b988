// CSV as RFC 4180 writes it, safe to open in a spreadsheet: a cell that starts with = + - @
// (or a tab or carriage return) would run as a formula there, so it gets a leading apostrophe
// (OWASP's advice for CSV injection). Addresses and component names come from visitors.

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

export function csvCell(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvRow(values: readonly string[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
