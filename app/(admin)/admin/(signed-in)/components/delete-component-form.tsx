"use client";

import { FieldError } from "@/components/admin/field-error";
import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { deleteComponentAction } from "./actions";
import { dangerButtonClass, FormOutcome } from "./fields";

// Deleting removes the component and its status history: it asks for a tick first.
export function DeleteComponentForm({ component }: { component: { id: string; name: string } }) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteComponentAction, { status: "idle" });
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const errorId = `component-${component.id}-confirm`;
  return (
    <details open={state.status === "error" || undefined}>
      <summary className="cursor-pointer text-sm font-medium text-red-800 underline underline-offset-2 dark:text-red-300">Delete this component</summary>
      <form action={action} className="mt-3 space-y-3">
        <input type="hidden" name="id" value={component.id} />
        <label className="flex items-start gap-2">
          <input type="checkbox" name="confirm" className="mt-1.5" aria-describedby={errors?.confirm ? `${errorId}-error` : undefined} />
          <span>Yes, delete “{component.name}” and its status history for good</span>
        </label>
        <FieldError name={errorId} errors={errors?.confirm ? { [errorId]: errors.confirm } : undefined} />
        <FormOutcome state={state} compact />
        <button type="submit" disabled={pending} className={dangerButtonClass}>
          {pending ? "Deleting…" : "Delete component"}
        </button>
      </form>
    </details>
  );
}
