"use client";

import { FieldError } from "@/components/admin/field-error";
import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { deleteIncidentAction } from "./actions";

// Deleting removes the incident from the public page and history: it asks for a tick first.
export function DeleteForm({ incidentId }: { incidentId: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteIncidentAction, { status: "idle" });
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="incidentId" value={incidentId} />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="confirm" />
        Yes, delete this incident and its updates for good
      </label>
      <FieldError name="confirm" errors={state.status === "error" ? state.fieldErrors : undefined} />
      <button type="submit" disabled={pending} className="rounded-md border border-red-700 px-4 py-2 font-medium text-red-800 dark:border-red-400 dark:text-red-300">
        {pending ? "Deleting…" : "Delete incident"}
      </button>
    </form>
  );
}
