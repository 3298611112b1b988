"use client";

import { FieldError } from "@/components/admin/field-error";
import { MarkdownField } from "@/components/admin/markdown-field";
import { buttonClass, inputClass } from "@/components/admin/styles";
import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { updateSettingsAction } from "./actions";

export type SettingsValues = {
  name: string;
  siteUrl: string;
  timeZone: string;
  supportContact: string;
  guidanceText: string;
  logoUrl: string;
  accentColor: string;
};

type TextField = { name: Exclude<keyof SettingsValues, "guidanceText">; label: string; hint?: string; type?: string; placeholder?: string };

const hintClass = "font-normal text-slate-600 dark:text-slate-400";

function Field({ field, value, errors, list }: { field: TextField; value: string; errors?: Record<string, string>; list?: string }) {
  const error = errors?.[field.name];
  const hintId = field.hint ? `${field.name}-hint` : undefined;
  return (
    <div>
      <label htmlFor={field.name} className="block text-sm font-medium">
        {field.label}
      </label>
      {field.hint ? (
        <p id={hintId} className={`text-sm ${hintClass}`}>
          {field.hint}
        </p>
      ) : null}
      <input
        id={field.name}
        name={field.name}
        type={field.type ?? "text"}
        list={list}
        placeholder={field.placeholder}
        required={field.name === "name" || field.name === "timeZone"}
        defaultValue={value}
        className={inputClass}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, error ? `${field.name}-error` : undefined].filter(Boolean).join(" ") || undefined}
      />
      <FieldError name={field.name} errors={errors} />
    </div>
  );
}

const fields: TextField[] = [
  { name: "name", label: "Page name" },
  { name: "siteUrl", label: "Site URL", type: "url", placeholder: "https://example.com", hint: "The site this page reports on; empty hides the link." },
  { name: "timeZone", label: "Time zone", hint: "Times on the public page are shown in this zone, e.g. Europe/Berlin." },
  { name: "supportContact", label: "Support contact", hint: "An email address, a web address or a short text, shown while something is wrong." },
];

const branding: TextField[] = [
  { name: "logoUrl", label: "Logo URL", type: "url", placeholder: "https://example.com/logo.svg" },
  { name: "accentColor", label: "Accent colour", placeholder: "#0a7c4a", hint: "A hex colour such as #0a7c4a; empty uses Beacon's." },
];

export function SettingsForm({ settings, timeZones }: { settings: SettingsValues; timeZones: string[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateSettingsAction, { status: "idle" });
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const value = (name: keyof SettingsValues) => values?.[name] ?? settings[name];
  // Each field names its own problem; the summary need not repeat them in lib's terms.
  const marked = errors && Object.keys(errors).length > 0 && Object.keys(errors).every((name) => name in settings);
  const message = state.status === "idle" ? null : marked ? "Nothing was saved: please correct the marked fields." : state.message;
  return (
    <form action={action} className="space-y-5">
      {fields.map((field) => (
        <Field key={field.name} field={field} value={value(field.name)} errors={errors} list={field.name === "timeZone" ? "time-zones" : undefined} />
      ))}
      <datalist id="time-zones">
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <div>
        <MarkdownField name="guidanceText" label="Visitor guidance" defaultValue={value("guidanceText")} errors={errors} />
        <p className={`mt-1 text-sm ${hintClass}`}>
          Shown on the public page while something is wrong. Leave it empty to use Beacon&apos;s own words, which name the affected parts.
        </p>
      </div>
      {branding.map((field) => (
        <Field key={field.name} field={field} value={value(field.name)} errors={errors} />
      ))}
      <p role="status" aria-live="polite" className={`min-h-6 text-sm font-medium ${state.status === "error" ? "text-red-700 dark:text-red-400" : "text-green-800 dark:text-green-400"}`}>
        {message}
      </p>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : "Save settings"}
      </button>
    </form>
  );
}
