"use client";

import { FieldError } from "@/components/admin/field-error";
import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { dangerButtonClass, FormOutcome } from "./fields";
import { deleteGroupAction } from "./group-actions";

// Its components stay (ungrouped, at the end of the top level) unless the second box is ticked.
export function DeleteGroupForm({ group }: { group: { id: string; name: string; componentCount: number } }) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteGroupAction, { status: "idle" });
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const values = state.status === "error" ? state.values : undefined;
  const errorId = `group-${group.id}-confirm`;
  const count = group.componentCount === 1 ? "its component" : `its ${group.componentCount} components`;
  return (
    <details open={state.status === "error" || undefined}>
      <summary className="cursor-pointer text-sm font-medium text-red-800 underline underline-offset-2 dark:text-red-300">Delete this group</summary>
      <form action={action} className="mt-3 space-y-3">
        <input type="hidden" name="id" value={group.id} />
        <label className="flex items-start gap-2">
          <input type="checkbox" name="confirm" className="mt-1.5" aria-describedby={errors?.confirm ? `${errorId}-error` : undefined} />
          <span>Yes, delete the group “{group.name}”</span>
        </label>
        <FieldError name={errorId} errors={errors?.confirm ? { [errorId]: errors.confirm } : undefined} />
        {group.componentCount > 0 ? (
          <label className="flex items-start gap-2">
            <input type="checkbox" name="deleteComponents" className="mt-1.5" defaultChecked={values?.deleteComponents === "on"} />
            <span>Also delete {count} with their status history (otherwise they stay, without a group)</span>
          </label>
        ) : null}
        <FormOutcome state={state} compact />
        <button type="submit" disabled={pending} className={dangerButtonClass}>
          {pending ? "Deleting…" : "Delete group"}
        </button>
      </form>
    </details>
  );
}
