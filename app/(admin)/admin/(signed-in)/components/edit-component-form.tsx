"use client";

import { buttonClass } from "@/components/admin/styles";
import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { updateComponentAction } from "./actions";
import { FormOutcome, type GroupChoice, GroupSelect, TextField } from "./fields";

export type EditableComponent = { id: string; name: string; description: string; groupId: string; showcase: boolean; onlyShowIfDegraded: boolean };

// Folded away until needed; it opens by itself when the server sends an error back.
export function EditComponentForm({ component, groups }: { component: EditableComponent; groups: GroupChoice[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateComponentAction, { status: "idle" });
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const id = (field: string) => `component-${component.id}-${field}`;
  const checked = (field: "showcase" | "onlyShowIfDegraded") => (values ? values[field] === "on" : component[field]);
  return (
    <div>
      <details open={state.status === "error" || undefined}>
        <summary className="cursor-pointer text-sm font-medium underline underline-offset-2">Edit component</summary>
        <form key={state.status === "success" ? state.key : "form"} action={action} className="mt-3 space-y-4">
          <input type="hidden" name="id" value={component.id} />
          <TextField id={id("name")} name="name" label="Name" defaultValue={values?.name ?? component.name} errors={errors} required />
          <TextField id={id("description")} name="description" label="Description" hint="optional" defaultValue={values?.description ?? component.description} errors={errors} />
          <GroupSelect id={id("group")} groups={groups} defaultValue={values?.groupId ?? component.groupId} errors={errors} />
          <label className="flex items-center gap-2">
            <input type="checkbox" name="showcase" defaultChecked={checked("showcase")} />
            Show on the public page
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="onlyShowIfDegraded" defaultChecked={checked("onlyShowIfDegraded")} />
            Show only while it is not operational
          </label>
          <button type="submit" disabled={pending} className={buttonClass}>
            {pending ? "Saving…" : "Save component"}
          </button>
        </form>
      </details>
      <FormOutcome state={state} compact />
    </div>
  );
}
