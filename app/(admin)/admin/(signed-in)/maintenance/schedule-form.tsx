"use client";

import { FieldError, FormMessage } from "@/components/admin/field-error";
import { MarkdownField } from "@/components/admin/markdown-field";
import { buttonClass, inputClass } from "@/components/admin/styles";
import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { scheduleMaintenanceAction } from "./actions";

export type ComponentOption = { id: string; label: string };

function TimeField({ name, label, defaultValue, errors }: { name: string; label: string; defaultValue: string; errors: Record<string, string> | undefined }) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type="datetime-local"
        required
        defaultValue={defaultValue}
        className={inputClass}
        aria-invalid={errors?.[name] ? true : undefined}
        aria-describedby={errors?.[name] ? `${name}-error time-zone-note` : "time-zone-note"}
      />
      <FieldError name={name} errors={errors} />
    </div>
  );
}

export function ScheduleForm({ components, zoneLabel }: { components: ComponentOption[]; zoneLabel: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(scheduleMaintenanceAction, { status: "idle" });
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const ticked = new Set(values?.componentIds?.split(",") ?? []);
  const checked = (name: string) => (values ? values[name] === "on" : true);
  return (
    <form action={action} className="space-y-5">
      <div>
        <label htmlFor="name" className="block text-sm font-medium">
          Title
        </label>
        <input id="name" name="name" required defaultValue={values?.name ?? ""} className={inputClass} aria-invalid={errors?.name ? true : undefined} aria-describedby={errors?.name ? "name-error" : undefined} />
        <FieldError name="name" errors={errors} />
      </div>
      <MarkdownField name="body" label="Message" defaultValue={values?.body ?? ""} errors={errors} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">When</legend>
        <p id="time-zone-note" className="text-sm text-slate-600 dark:text-slate-400">
          Times are in the status page&apos;s time zone: {zoneLabel}.
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TimeField name="scheduledFor" label="Starts at" defaultValue={values?.scheduledFor ?? ""} errors={errors} />
          <TimeField name="scheduledUntil" label="Ends at" defaultValue={values?.scheduledUntil ?? ""} errors={errors} />
        </div>
      </fieldset>
      {components.length > 0 ? (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">Affected components</legend>
          {components.map((component) => (
            <label key={component.id} className="flex items-start gap-2">
              <input type="checkbox" name="componentIds" value={component.id} defaultChecked={ticked.has(component.id)} className="mt-1.5" />
              {component.label}
            </label>
          ))}
          <FieldError name="componentIds" errors={errors} />
        </fieldset>
      ) : null}
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Options</legend>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="autoStart" defaultChecked={checked("autoStart")} className="mt-1.5" />
          Start automatically at the start time (affected components go under maintenance)
        </label>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="autoComplete" defaultChecked={checked("autoComplete")} className="mt-1.5" />
          Complete automatically at the end time (affected components get their earlier status back)
        </label>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="deliver_notifications" defaultChecked={checked("deliver_notifications")} className="mt-1.5" />
          Notify subscribers
        </label>
      </fieldset>
      <FormMessage message={state.status === "error" ? state.message : null} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Scheduling…" : "Schedule maintenance"}
      </button>
    </form>
  );
}
