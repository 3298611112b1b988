"use client";

import { type ComponentChoice, ComponentStatusFields } from "@/components/admin/component-status-fields";
import { FieldError } from "@/components/admin/field-error";
import { MarkdownField } from "@/components/admin/markdown-field";
import { buttonClass } from "@/components/admin/styles";
import type { FormState } from "@/web/forms/form-state";
import { incidentStatusLabel } from "@/lib/incidents/labels";
import { useActionState } from "react";
import { postUpdateAction } from "./actions";

const statuses = ["investigating", "identified", "monitoring", "resolved"] as const;

export function UpdateForm({ incidentId, currentStatus, components }: { incidentId: string; currentStatus: string; components: ComponentChoice[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(postUpdateAction, { status: "idle" });
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  // After a successful post the form starts empty again (a new key remounts it).
  return (
    <form key={state.status === "success" ? state.key : "form"} action={action} className="space-y-5">
      <input type="hidden" name="incidentId" value={incidentId} />
      <fieldset>
        <legend className="text-sm font-medium">New status</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {statuses.map((status) => (
            <label key={status} className="flex items-center gap-2">
              <input type="radio" name="status" value={status} required defaultChecked={(values?.status ?? currentStatus) === status} />
              {incidentStatusLabel[status]}
            </label>
          ))}
        </div>
        <FieldError name="status" errors={errors} />
      </fieldset>
      <MarkdownField name="body" label="Message" defaultValue={values?.body ?? ""} errors={errors} required />
      <ComponentStatusFields
        components={components.map((c) => ({ ...c, selected: (values?.[`component:${c.id}`] ?? "") as ComponentChoice["selected"] }))}
        legend="Change component statuses"
      />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="restoreComponents" defaultChecked />
        When resolving, set the affected components back to Operational
      </label>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="deliver_notifications" defaultChecked={values ? values.deliver_notifications === "on" : true} />
        Notify subscribers
      </label>
      <p role="status" aria-live="polite" className={`min-h-6 text-sm font-medium ${state.status === "error" ? "text-red-700 dark:text-red-400" : "text-green-800 dark:text-green-400"}`}>
        {state.status === "idle" ? null : state.message}
      </p>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Posting…" : "Post update"}
      </button>
    </form>
  );
}
