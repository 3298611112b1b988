"use client";

import { buttonClass } from "@/components/admin/styles";
import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { FormOutcome, TextField } from "./fields";
import { updateGroupAction } from "./group-actions";

// Folded away until needed; it opens by itself when the server sends an error back.
export function EditGroupForm({ group }: { group: { id: string; name: string; description: string } }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateGroupAction, { status: "idle" });
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const id = (field: string) => `group-${group.id}-${field}`;
  return (
    <div>
      <details open={state.status === "error" || undefined}>
        <summary className="cursor-pointer text-sm font-medium underline underline-offset-2">Edit group</summary>
        <form key={state.status === "success" ? state.key : "form"} action={action} className="mt-3 space-y-4">
          <input type="hidden" name="id" value={group.id} />
          <TextField id={id("name")} name="name" label="Group name" defaultValue={values?.name ?? group.name} errors={errors} required />
          <TextField id={id("description")} name="description" label="Group description" hint="optional" defaultValue={values?.description ?? group.description} errors={errors} />
          <button type="submit" disabled={pending} className={buttonClass}>
            {pending ? "Saving…" : "Save group"}
          </button>
        </form>
      </details>
      <FormOutcome state={state} compact />
    </div>
  );
}
