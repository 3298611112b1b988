"use server";

import { createAlertRoute } from "@/lib/alerts/create-alert-route";
import { deleteAlertRoute } from "@/lib/alerts/delete-alert-route";
import { parseMatcherLines } from "@/lib/alerts/matcher-lines";
import { formAction } from "@/web/forms/form-action";
import type { FormState } from "@/web/forms/form-state";
import { revalidatePath } from "next/cache";

// lib names a bad matcher by its place in the list ("matchers.1.name"); the form has one box
// of lines, so each such message goes to that box, naming the line.
function reword(state: FormState): FormState {
  if (state.status !== "error") return state;
  const fieldErrors: Record<string, string> = {};
  for (const [field, message] of Object.entries(state.fieldErrors)) {
    const line = /^matchers\.(\d+)\./.exec(field);
    if (line) fieldErrors.matchers ??= `line ${Number(line[1]) + 1}: ${message}`;
    else fieldErrors[field] = message;
  }
  const message = Object.keys(fieldErrors).length > 0 ? "Nothing was saved: please correct the marked fields." : state.message;
  return { ...state, message, fieldErrors };
}

export const createAlertRouteAction = formAction({ name: "create alert route", reword }, async ({ actor, values }) => {
  const matchers = parseMatcherLines(values.matchers ?? "");
  await createAlertRoute(actor, { componentId: values.componentId ?? "", matchers });
  revalidatePath("/admin/alerts");
  return { status: "success", message: "Route added: matching alerts go to the component from their next notification.", key: String(Date.now()) };
});

export const deleteAlertRouteAction = formAction({ name: "delete alert route" }, async ({ actor, values }) => {
  await deleteAlertRoute(actor, values.id ?? "");
  revalidatePath("/admin/alerts");
  return { status: "success", message: "Route removed." };
});
