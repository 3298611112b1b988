import type { CreateMonitorInput } from "@/lib/monitors/schemas";
import { ValidationError } from "@/lib/errors";

// The monitor form's text fields as lib's input. Numbers left empty are left out (the
// defaults apply); a number that is not one stays NaN for lib to name the field. Headers are
// one "Name: value" per line; on a change, an empty box keeps the stored ones.

const NUMBERS = ["intervalSeconds", "timeoutMs", "degradedAfterMs", "certExpiryDays", "failureThreshold", "successThreshold"] as const;
const OPTIONAL_TEXT = ["keyword", "jsonPath", "jsonExpected"] as const;

export function parseHeaderLines(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (!line.trim()) continue;
    const colon = line.indexOf(":");
    if (colon < 1) throw new ValidationError("headers: a line is not “Name: value”", { headers: `line ${index + 1} is not “Name: value”` });
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

export function monitorInputFromForm(values: Record<string, string>, { editing }: { editing: boolean }): Partial<CreateMonitorInput> {
  const input: Record<string, unknown> = {
    name: values.name ?? "",
    url: values.url ?? "",
    componentId: values.componentId ?? "",
    method: values.method || "GET",
    upStatuses: values.upStatuses?.trim() || "200-399",
    keywordMode: values.keywordMode === "absent" ? "absent" : "present",
    showChart: values.showChart === "on",
  };
  for (const key of NUMBERS) {
    const text = values[key]?.trim() ?? "";
    // Cleared on a change: the optional ones go back to none, the others to their defaults.
    if (text) input[key] = Number(text);
    else if (editing && (key === "degradedAfterMs" || key === "certExpiryDays")) input[key] = null;
  }
  for (const key of OPTIONAL_TEXT) input[key] = values[key]?.trim() || null;
  const headerText = values.headers ?? "";
  if (!editing || headerText.trim() || values.clearHeaders === "on") input.headers = parseHeaderLines(headerText);
  return input as Partial<CreateMonitorInput>;
}
