"use client";

import { FieldError } from "@/components/admin/field-error";
import { MarkdownField } from "@/components/admin/markdown-field";
import { buttonClass } from "@/components/admin/styles";
import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { writePostmortemAction } from "./actions";

// Saves the postmortem as a draft, or publishes it; the checkbox says which.
export function PostmortemForm({ incidentId, body, published }: { incidentId: string; body: string; published: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(writePostmortemAction, { status: "idle" });
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="incidentId" value={incidentId} />
      <MarkdownField name="postmortem" label="Postmortem" defaultValue={values?.postmortem ?? body} errors={errors} required />
      <div>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="publish" defaultChecked={values ? values.publish === "on" : published} aria-describedby="publish-hint" />
          Publish on the status page
        </label>
        <p id="publish-hint" className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Publishing marks the incident “Postmortem” and shows the postmortem on its public incident page. Left unticked, it is saved as a draft that only the
          dashboard shows.
        </p>
        <FieldError name="publish" errors={errors} />
      </div>
      <p role="status" aria-live="polite" className={`min-h-6 text-sm font-medium ${state.status === "error" ? "text-red-700 dark:text-red-400" : "text-green-800 dark:text-green-400"}`}>
        {state.status === "idle" ? null : state.message}
      </p>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : "Save postmortem"}
      </button>
    </form>
  );
}
