"use client";

import { ComponentChoices } from "@/components/subscription/component-choices";
import { buttonClass, errorTextClass, inputClass } from "@/components/subscription/styles";
import type { ComponentChoiceSection } from "@/lib/subscribers/component-choices";
import { useActionState } from "react";
import { subscribeWebhookAction, type WebhookFormState } from "./webhook-actions";
import { WebhookCreated } from "./webhook-created";

type FieldProps = { id: "endpoint" | "email"; label: string; hint: string; type: string; value: string; error?: string; placeholder?: string };

function Field({ id, label, hint, type, value, error, placeholder }: FieldProps) {
  const described = [`webhook-${id}-hint`, error ? `webhook-${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={`webhook-${id}`} className="block text-sm font-medium">
        {label}
      </label>
      <p id={`webhook-${id}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
        {hint}
      </p>
      <input
        id={`webhook-${id}`}
        name={id}
        type={type}
        required
        defaultValue={value}
        placeholder={placeholder}
        autoComplete={id === "email" ? "email" : "url"}
        className={`${inputClass} max-w-xl`}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
      />
      {error ? (
        <p id={`webhook-${id}-error`} className={`mt-1 ${errorTextClass}`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function WebhookForm({ sections }: { sections: ComponentChoiceSection[] }) {
  const [state, action, pending] = useActionState<WebhookFormState, FormData>(subscribeWebhookAction, { status: "idle" });
  if (state.status === "success") return <WebhookCreated endpoint={state.endpoint} signingSecret={state.signingSecret} manageUrl={state.manageUrl} />;
  const values = state.status === "error" ? state.values : { endpoint: "", email: "", scope: "all" as const, componentIds: [] };
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-5" noValidate>
      <Field
        id="endpoint"
        label="Endpoint URL"
        hint="An https:// address on the internet; we POST each update to it as JSON, in Statuspage’s webhook format."
        type="url"
        placeholder="https://hooks.example.com/status"
        value={values.endpoint}
        error={errors?.endpoint}
      />
      <Field
        id="email"
        label="Email address for failure notices"
        hint="Where to write about this endpoint, for example when it keeps failing."
        type="email"
        value={values.email}
        error={errors?.email}
      />
      <ComponentChoices sections={sections} values={values} errors={errors} idPrefix="webhook" />
      <p role="alert" className={`min-h-6 ${errorTextClass}`}>
        {state.status === "error" ? state.message : null}
      </p>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Subscribing…" : "Subscribe webhook"}
      </button>
    </form>
  );
}
