"use client";

import { FieldError } from "@/components/admin/field-error";
import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { deleteTemplateAction } from "../actions";

const dangerButtonClass = "rounded-md border border-red-700 px-4 py-2 font-medium text-red-800 disabled:opacity-70 dark:border-red-400 dark:text-red-300";

// Deleting cannot be undone: it asks for a tick first.
export function DeleteTemplateForm({ template }: { template: { id: string; label: string } }) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteTemplateAction, { status: "idle" });
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={template.id} />
      <label className="flex items-start gap-2">
        <input type="checkbox" name="confirm" className="mt-1.5" aria-describedby={errors?.confirm ? "confirm-error" : undefined} />
        <span>Yes, delete “{template.label}” for good</span>
      </label>
      <FieldError name="confirm" errors={errors} />
      <p role="status" aria-live="polite" className="text-sm font-medium text-red-700 empty:hidden dark:text-red-400">
        {state.status === "error" && !errors?.confirm ? state.message : null}
      </p>
      <button type="submit" disabled={pending} className={dangerButtonClass}>
        {pending ? "Deleting…" : "Delete template"}
      </button>
    </form>
  );
}
