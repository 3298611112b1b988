"use client";

import { FieldError, FormMessage } from "@/components/admin/field-error";
import { buttonClass, inputClass } from "@/components/admin/styles";
import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { createAlertRouteAction } from "./actions";

// Adding a route: the component, and the labels an alert must have. Plain controls: it works
// without JavaScript.

export type ComponentOption = { id: string; name: string; group: string | null };

const hintClass = "text-sm text-slate-600 dark:text-slate-400";

export function AlertRouteForm({ components }: { components: ComponentOption[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(createAlertRouteAction, { status: "idle" });
  const failed = state.status === "error" ? state : null;
  const errors = failed?.fieldErrors;
  const described = (name: string) => [`${name}-hint`, errors?.[name] ? `${name}-error` : undefined].filter(Boolean).join(" ");
  return (
    <div className="space-y-4">
      {state.status === "success" ? (
        <p role="status" className="font-medium text-green-800 dark:text-green-300">
          {state.message}
        </p>
      ) : null}
      <form action={action} key={state.status === "success" ? state.key : undefined} className="space-y-5">
        <div>
          <label htmlFor="route-matchers" className="block text-sm font-medium">
            Labels
          </label>
          <p id="matchers-hint" className={hintClass}>
            One <code>label=value</code> a line, such as <code>service=checkout</code>. An alert matches when it has every one of these labels with
            exactly this value (case counts; no regular expressions).
          </p>
          <textarea
            id="route-matchers"
            name="matchers"
            required
            rows={3}
            spellCheck={false}
            defaultValue={failed?.values.matchers ?? ""}
            className={`${inputClass} font-mono text-sm`}
            aria-invalid={errors?.matchers ? true : undefined}
            aria-describedby={described("matchers")}
          />
          <FieldError name="matchers" errors={errors} />
        </div>
        <div>
          <label htmlFor="route-component" className="block text-sm font-medium">
            Component
          </label>
          <p id="componentId-hint" className={hintClass}>
            Its status follows the alerts: critical is a major outage, error or major a partial outage, warning degraded performance.
          </p>
          <select id="route-component" name="componentId" required defaultValue={failed?.values.componentId ?? ""} className={inputClass} aria-describedby={described("componentId")}>
            <option value="">Choose a component…</option>
            {components.map((component) => (
              <option key={component.id} value={component.id}>
                {component.group ? `${component.group} › ${component.name}` : component.name}
              </option>
            ))}
          </select>
          <FieldError name="componentId" errors={errors} />
        </div>
        <FormMessage message={failed ? failed.message : null} />
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? "Adding…" : "Add route"}
        </button>
      </form>
    </div>
  );
}
