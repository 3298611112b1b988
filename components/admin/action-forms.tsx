"use client";

import { FieldError } from "@/components/admin/field-error";
import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";

// The small one-button forms of a dashboard page (they work without JavaScript), each saying
// what it did next to it, and the removal that asks for a tick first.

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export function ActionOutcome({ state }: { state: FormState }) {
  if (state.status === "idle") return null;
  const failed = state.status === "error";
  return (
    <p role="status" aria-live="polite" className={`text-sm font-medium break-words ${failed ? "text-red-700 dark:text-red-400" : "text-green-800 dark:text-green-300"}`}>
      {state.message}
    </p>
  );
}

type RemoveProps = { action: Action; id: string; summary: string; confirmation: string; button: string };

export function RemoveForm({ action: remove, id, summary, confirmation, button }: RemoveProps) {
  const [state, action, pending] = useActionState<FormState, FormData>(remove, { status: "idle" });
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <details open={state.status === "error" || undefined}>
      <summary className="cursor-pointer text-sm font-medium text-red-800 underline underline-offset-2 dark:text-red-300">{summary}</summary>
      <form action={action} className="mt-2 space-y-2">
        <input type="hidden" name="id" value={id} />
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="confirm" className="mt-1" aria-describedby={errors?.confirm ? "confirm-error" : undefined} />
          <span className="break-words">{confirmation}</span>
        </label>
        <FieldError name="confirm" errors={errors} />
        <p role="status" aria-live="polite" className="text-sm font-medium text-red-700 empty:hidden dark:text-red-400">
          {state.status === "error" ? state.message : null}
        </p>
        <button type="submit" disabled={pending} className="rounded-md border border-red-700 px-3 py-1.5 text-sm font-medium text-red-800 disabled:opacity-70 dark:border-red-400 dark:text-red-300">
          {pending ? "Removing…" : button}
        </button>
      </form>
    </details>
  );
}
