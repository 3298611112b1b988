import { databaseUnavailable } from "@/lib/database/database-unavailable";
import { isExpectedError } from "@/lib/errors";
import { log } from "@/lib/log";
import type { ChoiceValues } from "./component-choices";

// Shared by the subscribe and manage actions: the choice as the form sent it, and what a
// failure looks like to the form (expected errors in their words, a busy or unreachable
// database said so; anything else generic).

export type ChoiceFormState =
  | { status: "idle" }
  | { status: "success"; message: string }
  | { status: "error"; message: string; fieldErrors: Record<string, string>; values: ChoiceValues & { email?: string } };

export const AMBIGUOUS_CHOICE =
  'You ticked components but chose "Everything on this page". Pick "Only the components I choose" to use them, or untick them.';

const shownFields = new Set(["email", "scope", "componentIds"]);

export function readChoice(formData: FormData): ChoiceValues {
  const scope = formData.get("scope") === "components" ? "components" : "all";
  const componentIds = formData.getAll("componentIds").filter((value): value is string => typeof value === "string");
  return { scope, componentIds };
}

/** `nothingDone` starts the summary, e.g. "Nothing was sent" for a form that sends an email. */
export function choiceError(
  error: unknown,
  values: ChoiceValues & { email?: string },
  context: string,
  nothingDone = "Nothing was saved",
): ChoiceFormState {
  if (isExpectedError(error)) {
    // "componentIds.3" is the list's problem; a field the form does not show keeps lib's message.
    const fieldErrors: Record<string, string> = {};
    for (const [key, message] of Object.entries(error.fields ?? {})) fieldErrors[key.split(".")[0] ?? key] ??= message;
    const marked = Object.keys(fieldErrors).length > 0 && Object.keys(fieldErrors).every((key) => shownFields.has(key));
    return { status: "error", message: marked ? `${nothingDone}: please correct the marked fields.` : error.message, fieldErrors, values };
  }
  const unavailable = databaseUnavailable(error);
  if (unavailable) {
    log.warn(`${context} refused: database unavailable`, { reason: unavailable.message });
    return { status: "error", message: unavailable.message, fieldErrors: {}, values };
  }
  // Only the error's first line: never the address or the link's token.
  log.error(`${context} failed`, { error: error instanceof Error ? error.message.split("\n")[0] : String(error) });
  return { status: "error", message: `Something went wrong on our side. ${nothingDone}; please try again.`, fieldErrors: {}, values };
}
