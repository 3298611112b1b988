import type { z } from "zod";
import { ValidationError } from "./errors";

/** Parses untrusted input, turning zod's issues into a ValidationError with one message per field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  assertNoNul(input, "");
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join(".") || "input";
    fields[key] ??= issue.message;
  }
  const summary = Object.entries(fields)
    .map(([field, message]) => `${field} ${message}`)
    .join("; ");
  throw new ValidationError(summary, fields);
}

/**
 * PostgreSQL cannot store U+0000 in text, so a NUL anywhere would fail the write with a 500
 * there (and not on SQLite). Refused up front, naming the field, on both.
 */
export function assertNoNul(value: unknown, path: string): void {
  const refuse = (at: string) => {
    const field = at || "input";
    throw new ValidationError(`${field} must not contain the NUL character`, { [field]: "must not contain the NUL character" });
  };
  if (typeof value === "string") {
    if (value.includes("\0")) refuse(path);
    return;
  }
  if (typeof value !== "object" || value === null) return;
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (key.includes("\0")) refuse(at);
    assertNoNul(item, at);
  }
}
