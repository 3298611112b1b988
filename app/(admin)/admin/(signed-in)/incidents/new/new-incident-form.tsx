"use client";

import { type ComponentChoice, ComponentStatusFields } from "@/components/admin/component-status-fields";
import { FieldError, FormMessage } from "@/components/admin/field-error";
import { MarkdownField } from "@/components/admin/markdown-field";
import { buttonClass, inputClass } from "@/components/admin/styles";
import type { FormState } from "@/web/forms/form-state";
import { impactLabel, incidentStatusLabel } from "@/lib/incidents/labels";
import { useActionState } from "react";
import { createIncidentAction } from "./actions";

export type NewIncidentDefaults = { name: string; status: string; impact: string; body: string };

const statuses = ["investigating", "identified", "monitoring", "resolved"] as const;
const impacts = ["none", "minor", "major", "critical"] as const;

export function NewIncidentForm({ defaults, components }: { defaults: NewIncidentDefaults; components: ComponentChoice[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(createIncidentAction, { status: "idle" });
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const value = (name: keyof NewIncidentDefaults) => values?.[name] ?? defaults[name];
  const chosen = components.map((c) => ({ ...c, selected: (values?.[`component:${c.id}`] ?? "") as ComponentChoice["selected"] }));
  return (
    <form action={action} className="space-y-5">
      <div>
        <label htmlFor="name" className="block text-sm font-medium">
          Title
        </label>
        <input id="name" name="name" required defaultValue={value("name")} className={inputClass} aria-invalid={errors?.name ? true : undefined} aria-describedby={errors?.name ? "name-error" : undefined} />
        <FieldError name="name" errors={errors} />
      </div>
      <fieldset>
        <legend className="text-sm font-medium">Status</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {statuses.map((status) => (
            <label key={status} className="flex items-center gap-2">
              <input type="radio" name="status" value={status} defaultChecked={value("status") === status} />
              {incidentStatusLabel[status]}
            </label>
          ))}
        </div>
        <FieldError name="status" errors={errors} />
      </fieldset>
      <div>
        <label htmlFor="impact" className="block text-sm font-medium">
          Impact
        </label>
        <select key={value("impact")} id="impact" name="impact" defaultValue={value("impact")} className={inputClass}>
          <option value="">From the components&apos; statuses</option>
          {impacts.map((impact) => (
            <option key={impact} value={impact}>
              {impactLabel[impact]}
            </option>
          ))}
        </select>
        <FieldError name="impact" errors={errors} />
      </div>
      <ComponentStatusFields components={chosen} legend="Affected components and their new status" />
      <FieldError name="components" errors={errors} />
      <MarkdownField name="body" label="First message" defaultValue={value("body")} errors={errors} />
      <div>
        <label htmlFor="startedAt" className="block text-sm font-medium">
          Started at <span className="font-normal text-slate-600 dark:text-slate-400">(optional, in the page&apos;s time zone; empty means now)</span>
        </label>
        <input
          id="startedAt"
          name="startedAt"
          type="datetime-local"
          defaultValue={values?.startedAt ?? ""}
          className={inputClass}
          aria-invalid={errors?.startedAt ? true : undefined}
          aria-describedby={errors?.startedAt ? "startedAt-error" : undefined}
        />
        <FieldError name="startedAt" errors={errors} />
      </div>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="deliver_notifications" defaultChecked={values ? values.deliver_notifications === "on" : true} />
        Notify subscribers
      </label>
      <FormMessage message={state.status === "error" ? state.message : null} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Posting…" : "Post incident"}
      </button>
    </form>
  );
}
