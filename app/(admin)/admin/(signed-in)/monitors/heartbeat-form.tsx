"use client";

import { FieldError, FormMessage } from "@/components/admin/field-error";
import { buttonClass, inputClass } from "@/components/admin/styles";
import type { ComponentChoiceSection } from "@/lib/subscribers/component-choices";
import { ShownOnce } from "@/components/admin/shown-once";
import { useActionState } from "react";
import { type CreateHeartbeatState, createHeartbeatAction, updateHeartbeatAction } from "./actions";
import { ComponentSelect } from "./component-select";

// Adding a heartbeat, or changing one: a job pings its URL at least once a period. The URL is
// shown once, right after it is made, with the command a job runs.

type Props = { sections: ComponentChoiceSection[]; existing?: { id: string; values: Record<string, string> } };

const hintClass = "text-sm text-slate-600 dark:text-slate-400";
const NEW_VALUES: Record<string, string> = { periodSeconds: "86400", graceSeconds: "600", failureThreshold: "1", successThreshold: "1" };

function Created({ state }: { state: Extract<CreateHeartbeatState, { status: "created" }> }) {
  return (
    <ShownOnce message={state.message} href={`/admin/monitors/${state.id}`} secret={{ id: "ping-url", label: "Ping URL", value: state.pingUrl }}>
      Copy it now: it is not shown again. At the end of the job run <code className="break-all">curl -fsS -m 10 --retry 3 -X POST {state.pingUrl}</code>
    </ShownOnce>
  );
}

function NumberField({ name, label, hint, values, errors }: { name: string; label: string; hint: string; values: Record<string, string>; errors?: Record<string, string> }) {
  return (
    <div>
      <label htmlFor={`heartbeat-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      <p id={`heartbeat-${name}-hint`} className={hintClass}>
        {hint}
      </p>
      <input id={`heartbeat-${name}`} name={name} inputMode="numeric" defaultValue={values[name] ?? ""} className={inputClass} aria-invalid={errors?.[name] ? true : undefined} aria-describedby={`heartbeat-${name}-hint${errors?.[name] ? ` ${name}-error` : ""}`} />
      <FieldError name={name} errors={errors} />
    </div>
  );
}

export function HeartbeatForm({ sections, existing }: Props) {
  const [state, action, pending] = useActionState<CreateHeartbeatState, FormData>(existing ? updateHeartbeatAction : createHeartbeatAction, { status: "idle" });
  const failed = state.status === "error" ? state : null;
  const errors = failed?.fieldErrors;
  const values = failed?.values ?? existing?.values ?? NEW_VALUES;
  return (
    <div className="space-y-4">
      {state.status === "created" ? <Created state={state} /> : null}
      {state.status === "success" ? (
        <p role="status" className="font-medium text-green-800 dark:text-green-300">
          {state.message}
        </p>
      ) : null}
      <form action={action} key={state.status === "created" ? state.id : undefined} className="space-y-4">
        {existing ? <input type="hidden" name="id" value={existing.id} /> : null}
        <div>
          <label htmlFor="heartbeat-name" className="block text-sm font-medium">
            Name <span className="font-normal text-slate-600 dark:text-slate-400">(the job, e.g. “Nightly backup”)</span>
          </label>
          <input id="heartbeat-name" name="name" required maxLength={200} autoComplete="off" defaultValue={values.name ?? ""} className={inputClass} aria-invalid={errors?.name ? true : undefined} aria-describedby={errors?.name ? "name-error" : undefined} />
          <FieldError name="name" errors={errors} />
        </div>
        <ComponentSelect id="heartbeat-componentId" sections={sections} value={values.componentId ?? ""} errors={errors} hint="A missed ping sets it to major outage until the next ping." />
        <div className="grid gap-4 sm:grid-cols-2">
          <NumberField name="periodSeconds" label="Expect a ping every (seconds)" hint="86400 is once a day." values={values} errors={errors} />
          <NumberField name="graceSeconds" label="Grace (seconds)" hint="How late a ping may be before it counts as missed." values={values} errors={errors} />
          <NumberField name="failureThreshold" label="Missed periods before an incident" hint="1: the first missed ping." values={values} errors={errors} />
          <NumberField name="successThreshold" label="Pings before it resolves" hint="1: the next ping." values={values} errors={errors} />
        </div>
        <FormMessage message={failed ? failed.message : null} />
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? "Saving…" : existing ? "Save changes" : "Add heartbeat"}
        </button>
      </form>
    </div>
  );
}
