"use client";

import { MarkdownField } from "@/components/admin/markdown-field";
import { buttonClass } from "@/components/admin/styles";
import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { editUpdateAction } from "./actions";
import { updateTextField } from "./update-text-field";

// Folded away until needed; it opens by itself when the server sends an error back, and
// folds again after a save (a new key remounts it with the saved text).
export function EditUpdateForm({ incidentId, update }: { incidentId: string; update: { id: string; body: string } }) {
  const [state, action, pending] = useActionState<FormState, FormData>(editUpdateAction, { status: "idle" });
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const field = updateTextField(update.id);
  return (
    <div>
      <details key={state.status === "success" ? state.key : "form"} open={state.status === "error" || undefined}>
        <summary className="cursor-pointer text-sm font-medium underline underline-offset-2">Edit text</summary>
        <form action={action} className="mt-3 space-y-3">
          <input type="hidden" name="incidentId" value={incidentId} />
          <input type="hidden" name="updateId" value={update.id} />
          <MarkdownField name={field} label="Update text" defaultValue={values?.[field] ?? update.body} errors={errors} required />
          <button type="submit" disabled={pending} className={buttonClass}>
            {pending ? "Saving…" : "Save text"}
          </button>
        </form>
      </details>
      <p role="status" aria-live="polite" className={`text-sm font-medium ${state.status === "error" ? "text-red-700 dark:text-red-400" : "text-green-800 dark:text-green-400"}`}>
        {state.status === "idle" ? null : state.message}
      </p>
    </div>
  );
}
