"use client";

import { buttonClass } from "@/components/admin/styles";
import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { createComponentAction } from "./actions";
import { FormOutcome, type GroupChoice, GroupSelect, StatusSelect, TextField } from "./fields";

export function NewComponentForm({ groups }: { groups: GroupChoice[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(createComponentAction, { status: "idle" });
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  // After a success the form starts empty again (a new key remounts it).
  return (
    <form key={state.status === "success" ? state.key : "form"} action={action} aria-labelledby="new-component-heading" className="space-y-4">
      <h3 id="new-component-heading" className="font-semibold">
        Add a component
      </h3>
      <TextField id="new-component-name" name="name" label="Name" defaultValue={values?.name ?? ""} errors={errors} required />
      <TextField id="new-component-description" name="description" label="Description" hint="optional" defaultValue={values?.description ?? ""} errors={errors} />
      <GroupSelect id="new-component-group" groups={groups} defaultValue={values?.groupId ?? ""} errors={errors} />
      <StatusSelect id="new-component-status" label="Status to begin with" defaultValue={values?.status ?? "operational"} errors={errors} />
      <FormOutcome state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Adding…" : "Add component"}
      </button>
    </form>
  );
}
