import { log } from "../../lib/log";
import { expectedFailure } from "../expected-failure";

// What a dashboard form action returns: expected failures (the same the REST API answers with
// a 4xx or 503, web/expected-failure.ts) with their message and the message of each field;
// anything else is logged and shown as a generic message (never error.message).

export type FormState =
  | { status: "idle" }
  // `key` identifies what was saved, e.g. to reset a form once per success.
  | { status: "success"; message: string; key?: string }
  | { status: "error"; message: string; fieldErrors: Record<string, string>; values: Record<string, string> };

export function formError(error: unknown, values: Record<string, string>, context: string): FormState {
  const failure = expectedFailure(error);
  if (failure?.code === "unavailable") log.warn(`${context} refused: database unavailable`, { reason: failure.message });
  if (failure) return { status: "error", message: failure.message, fieldErrors: failure.fields ?? {}, values };
  // Prisma's messages start with a blank line: log the first line that says something.
  const message = error instanceof Error ? (error.message.split("\n").find((line) => line.trim()) ?? error.name) : String(error);
  log.error(`${context} failed`, { error: message });
  return { status: "error", message: "Something went wrong on our side; nothing was saved. Please try again.", fieldErrors: {}, values };
}

/** The form's text fields as plain strings, to give back to the form after an error. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  return values;
}
