"use client";

import { buttonClass } from "@/components/admin/styles";
import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { FormOutcome, TextField } from "./fields";
import { createGroupAction } from "./group-actions";

export function NewGroupForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(createGroupAction, { status: "idle" });
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form key={state.status === "success" ? state.key : "form"} action={action} aria-labelledby="new-group-heading" className="space-y-4">
      <h3 id="new-group-heading" className="font-semibold">
        Add a group
      </h3>
      <TextField id="new-group-name" name="name" label="Name" defaultValue={values?.name ?? ""} errors={errors} required />
      <TextField id="new-group-description" name="description" label="Description" hint="optional" defaultValue={values?.description ?? ""} errors={errors} />
      <FormOutcome state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Adding…" : "Add group"}
      </button>
    </form>
  );
}
