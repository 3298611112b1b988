"use client";

import { FieldError } from "@/components/admin/field-error";
import { buttonClass, secondaryButtonClass } from "@/components/admin/styles";
import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { checkNowAction, deleteMonitorAction, pauseMonitorAction } from "../actions";

// The buttons of one monitor's page, each a small form of its own (they work without
// JavaScript), each saying what it did next to it.

function Outcome({ state }: { state: FormState }) {
  if (state.status === "idle") return null;
  const failed = state.status === "error";
  return (
    <p role="status" aria-live="polite" className={`text-sm font-medium break-words ${failed ? "text-red-700 dark:text-red-400" : "text-green-800 dark:text-green-300"}`}>
      {state.message}
    </p>
  );
}

export function CheckNowForm({ id }: { id: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(checkNowAction, { status: "idle" });
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Checking…" : "Check now"}
      </button>
      <Outcome state={state} />
    </form>
  );
}

export function PauseOrResumeForm({ id, paused }: { id: string; paused: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(pauseMonitorAction, { status: "idle" });
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="paused" value={paused ? "false" : "true"} />
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {paused ? (pending ? "Resuming…" : "Resume") : pending ? "Pausing…" : "Pause"}
      </button>
      <Outcome state={state} />
    </form>
  );
}

export function DeleteMonitorForm({ id, name }: { id: string; name: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteMonitorAction, { status: "idle" });
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <details open={state.status === "error" || undefined}>
      <summary className="cursor-pointer text-sm font-medium text-red-800 underline underline-offset-2 dark:text-red-300">Remove this monitor</summary>
      <form action={action} className="mt-2 space-y-2">
        <input type="hidden" name="id" value={id} />
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="confirm" className="mt-1" aria-describedby={errors?.confirm ? "confirm-error" : undefined} />
          <span className="break-words">Yes, remove {name} and its checks for good (incidents it opened stay)</span>
        </label>
        <FieldError name="confirm" errors={errors} />
        <p role="status" aria-live="polite" className="text-sm font-medium text-red-700 empty:hidden dark:text-red-400">
          {state.status === "error" ? state.message : null}
        </p>
        <button type="submit" disabled={pending} className="rounded-md border border-red-700 px-3 py-1.5 text-sm font-medium text-red-800 disabled:opacity-70 dark:border-red-400 dark:text-red-300">
          {pending ? "Removing…" : "Remove monitor"}
        </button>
      </form>
    </details>
  );
}
