"use client";

import { FieldError } from "@/components/admin/field-error";
import { MarkdownField } from "@/components/admin/markdown-field";
import { buttonClass, inputClass } from "@/components/admin/styles";
import { COMPONENT_STATUSES, componentStatusLabel } from "@/lib/components/status";
import type { FormState } from "@/web/forms/form-state";
import { impactLabel, incidentStatusLabel } from "@/lib/incidents/labels";
import { TEMPLATE_FIELDS, TEMPLATE_IMPACTS, TEMPLATE_STATUSES, type TemplateField } from "@/lib/templates/template-fields";
import { useActionState } from "react";

// The form of /admin/templates/new and /admin/templates/[id]: one template's fields.

export type TemplateValues = Record<TemplateField, string>;

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  template: TemplateValues & { id?: string };
  /** Changes when the saved template changes (a save, a reset), so the fields start from it again. */
  version: string;
  submit: { label: string; pending: string };
};

const hintClass = "font-normal text-slate-600 dark:text-slate-400";

type Errors = Record<string, string> | undefined;

function describedBy(name: string, errors: Errors) {
  return errors?.[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {};
}

function TextInput({ name, label, hint, value, errors }: { name: TemplateField; label: string; hint: string; value: string; errors: Errors }) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-medium">
        {label} <span className={hintClass}>({hint})</span>
      </label>
      <input id={name} name={name} required defaultValue={value} className={inputClass} {...describedBy(name, errors)} />
      <FieldError name={name} errors={errors} />
    </div>
  );
}

function Select(props: { name: TemplateField; label: string; value: string; options: readonly string[]; labels: Record<string, string>; errors: Errors }) {
  return (
    <div>
      <label htmlFor={props.name} className="block text-sm font-medium">
        {props.label}
      </label>
      {/* Keyed by its value: React resets a form's selects after an action; the key brings back the choice sent. */}
      <select key={props.value} id={props.name} name={props.name} defaultValue={props.value} className={inputClass} {...describedBy(props.name, props.errors)}>
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.labels[option]}
          </option>
        ))}
      </select>
      <FieldError name={props.name} errors={props.errors} />
    </div>
  );
}

export function TemplateForm({ action, template, version, submit }: Props) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, { status: "idle" });
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const value = (name: TemplateField) => values?.[name] ?? template[name];
  // Each field names its own problem; the summary need not repeat them in lib's terms.
  const marked = errors && Object.keys(errors).length > 0 && Object.keys(errors).every((name) => (TEMPLATE_FIELDS as readonly string[]).includes(name));
  const message = state.status === "idle" ? null : marked ? "Nothing was saved: please correct the marked fields." : state.message;
  return (
    <form key={version} action={formAction} className="space-y-5">
      {template.id ? <input type="hidden" name="id" value={template.id} /> : null}
      <TextInput name="label" label="Label" hint="its name on the New incident page" value={value("label")} errors={errors} />
      <TextInput name="name" label="Title" hint="the incident's title to start from" value={value("name")} errors={errors} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Select name="status" label="Status" value={value("status")} options={TEMPLATE_STATUSES} labels={incidentStatusLabel} errors={errors} />
        <Select name="impact" label="Impact" value={value("impact")} options={TEMPLATE_IMPACTS} labels={impactLabel} errors={errors} />
        <Select name="componentStatus" label="Suggested component status" value={value("componentStatus")} options={COMPONENT_STATUSES} labels={componentStatusLabel} errors={errors} />
      </div>
      <MarkdownField name="body" label="Message" defaultValue={value("body")} errors={errors} required />
      <p role="status" aria-live="polite" className={`min-h-6 text-sm font-medium ${state.status === "error" ? "text-red-700 dark:text-red-400" : "text-green-800 dark:text-green-400"}`}>
        {message}
      </p>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? submit.pending : submit.label}
      </button>
    </form>
  );
}
