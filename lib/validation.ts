import type { z } from "zod";
import { ValidationError } from "./errors";

/** Parses untrusted input, turning zod's issues into a ValidationError with one message per field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  assertStorableText(input);
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

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a string cannot be stored the same way on both databases, or null when it can.
 * PostgreSQL cannot store U+0000 (a 500 there, not on SQLite); a lone UTF-16 surrogate has no
 * UTF-8 form, so SQLite stored invalid bytes and PostgreSQL a replacement character.
 */
export function unstorableTextReason(text: string): string | null {
  if (text.includes("\0")) return "must not contain the NUL character";
  if (LONE_SURROGATE.test(text)) return "must not contain a lone UTF-16 surrogate";
  return null;
}

/**
 * Refuses any string (or object key) in `value` that unstorableTextReason() refuses, naming the
 * field. Walks with its own stack, so a deeply nested value cannot overflow the call stack.
 */
export function assertStorableText(value: unknown, path = ""): void {
  const pending: [unknown, string][] = [[value, path]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, at] = next;
    if (typeof item === "string") refuseIfUnstorable(item, at);
    if (typeof item !== "object" || item === null) continue;
    // Pushed last to first, so the first bad field in document order is the one named.
    for (const [key, child] of Object.entries(item).reverse()) {
      const childAt = at ? `${at}.${key}` : key;
      refuseIfUnstorable(key, childAt);
      pending.push([child, childAt]);
    }
  }
}

function refuseIfUnstorable(text: string, at: string): void {
  const reason = unstorableTextReason(text);
  if (reason === null) return;
  const field = at || "input";
  throw new ValidationError(`${field} ${reason}`, { [field]: reason });
}
