"use client";

import { FieldError, FormMessage } from "@/components/admin/field-error";
import { buttonClass, inputClass } from "@/components/admin/styles";
import type { ComponentChoiceSection } from "@/lib/subscribers/component-choices";
import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { createMonitorAction, updateMonitorAction } from "./actions";
import { ComponentSelect } from "./component-select";

// Adding an HTTP monitor, or changing one (`existing`). Plain controls: it works without
// JavaScript. Header values are never shown again once saved; their names are.

export type MonitorFormValues = Record<string, string>;

type Props = { sections: ComponentChoiceSection[]; minInterval: number; existing?: { id: string; headerNames: string[]; values: MonitorFormValues } };

const hintClass = "text-sm text-slate-600 dark:text-slate-400";
const NEW_VALUES: MonitorFormValues = { method: "GET", intervalSeconds: "60", upStatuses: "200-399", failureThreshold: "3", successThreshold: "2", keywordMode: "present", showChart: "on" };

type FieldProps = { name: string; label: string; hint?: string; values: MonitorFormValues; errors?: Record<string, string>; type?: string; inputMode?: "numeric"; placeholder?: string; required?: boolean; mono?: boolean };

function Field({ name, label, hint, values, errors, type = "text", inputMode, placeholder, required, mono }: FieldProps) {
  const described = [hint ? `${name}-hint` : undefined, errors?.[name] ? `${name}-error` : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={`monitor-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className={hintClass}>
          {hint}
        </p>
      ) : null}
      <input
        id={`monitor-${name}`}
        name={name}
        type={type}
        inputMode={inputMode}
        required={required}
        placeholder={placeholder}
        defaultValue={values[name] ?? ""}
        autoComplete="off"
        spellCheck={mono ? false : undefined}
        className={`${inputClass} ${mono ? "font-mono text-sm" : ""}`}
        aria-invalid={errors?.[name] ? true : undefined}
        aria-describedby={described}
      />
      <FieldError name={name} errors={errors} />
    </div>
  );
}

export function MonitorForm({ sections, minInterval, existing }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(existing ? updateMonitorAction : createMonitorAction, { status: "idle" });
  const failed = state.status === "error" ? state : null;
  const errors = failed?.fieldErrors;
  const values = failed ? { ...failed.values, showChart: failed.values.showChart ?? "" } : (existing?.values ?? NEW_VALUES);
  const common = { values, errors };
  return (
    <form action={action} key={state.status === "success" ? state.key : undefined} className="space-y-6">
      {existing ? <input type="hidden" name="id" value={existing.id} /> : null}
      {state.status === "success" ? (
        <p role="status" className="font-medium text-green-800 dark:text-green-300">
          {state.message}
        </p>
      ) : null}
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">What to check</legend>
        <Field name="name" label="Name" hint="Shown in the dashboard and in the incidents it opens, e.g. “Shop front page”." required {...common} />
        <ComponentSelect id="monitor-componentId" sections={sections} value={values.componentId ?? ""} errors={errors} hint="Its status follows the checks: down means major outage, slow means degraded performance." />
        <Field name="url" label="URL" type="url" placeholder="https://example.com/health" hint="http:// or https://; internal addresses are fine." required mono {...common} />
        <div>
          <label htmlFor="monitor-method" className="block text-sm font-medium">
            Method
          </label>
          <select id="monitor-method" name="method" defaultValue={values.method ?? "GET"} className={inputClass}>
            <option>GET</option>
            <option>HEAD</option>
            <option>POST</option>
          </select>
        </div>
        <div>
          <label htmlFor="monitor-headers" className="block text-sm font-medium">
            Request headers <span className="font-normal text-slate-600 dark:text-slate-400">(optional)</span>
          </label>
          <p id="headers-hint" className={hintClass}>
            One “Name: value” per line, e.g. <code>Authorization: Bearer …</code>. Stored encrypted, never shown again.
            {existing && existing.headerNames.length ? ` Now: ${existing.headerNames.join(", ")}. Leave empty to keep them.` : ""}
          </p>
          <textarea id="monitor-headers" name="headers" rows={2} spellCheck={false} autoComplete="off" className={`${inputClass} font-mono text-sm`} aria-describedby={`headers-hint${errors?.headers ? " headers-error" : ""}`} />
          {existing && existing.headerNames.length ? (
            <label className="mt-1 flex items-center gap-2 text-sm">
              <input type="checkbox" name="clearHeaders" /> Remove all headers
            </label>
          ) : null}
          <FieldError name="headers" errors={errors} />
        </div>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">How often</legend>
        <Field name="intervalSeconds" label="Every (seconds)" hint={`At least ${minInterval}.`} inputMode="numeric" {...common} />
        <Field name="timeoutMs" label="Timeout (milliseconds)" hint="Empty: 10 s, or the interval if shorter." inputMode="numeric" {...common} />
        <Field name="failureThreshold" label="Failed checks before an incident" hint="In a row; one lost packet is not an outage." inputMode="numeric" {...common} />
        <Field name="successThreshold" label="Good checks before it resolves" inputMode="numeric" {...common} />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">What counts as up</legend>
        <Field name="upStatuses" label="Status codes" hint="Codes and ranges, e.g. 200-399 or 200,204." mono {...common} />
        <div className="grid gap-4 sm:grid-cols-[1fr_auto]">
          <Field name="keyword" label="Keyword (optional)" hint="Text the answer must contain, or must not." {...common} />
          <div>
            <label htmlFor="monitor-keywordMode" className="block text-sm font-medium">
              The keyword must be
            </label>
            <select id="monitor-keywordMode" name="keywordMode" defaultValue={values.keywordMode ?? "present"} className={inputClass}>
              <option value="present">present</option>
              <option value="absent">absent</option>
            </select>
          </div>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="jsonPath" label="JSON value at (optional)" placeholder="status or data.items[0].state" mono {...common} />
          <Field name="jsonExpected" label="must be" placeholder="ok" mono {...common} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="degradedAfterMs" label="Slow after (milliseconds, optional)" hint="A good answer slower than this counts as degraded." inputMode="numeric" {...common} />
          <Field name="certExpiryDays" label="Warn of certificate expiry (days, optional)" hint="https only." inputMode="numeric" {...common} />
        </div>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="showChart" defaultChecked={values.showChart === "on"} className="mt-1 size-4 shrink-0" />
          <span>Show its response-time chart on the public page</span>
        </label>
      </fieldset>
      <FormMessage message={failed ? failed.message : null} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : existing ? "Save changes" : "Add monitor"}
      </button>
    </form>
  );
}
