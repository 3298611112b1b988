"use client";

import { ActionOutcome, RemoveForm } from "@/components/admin/action-forms";
import { buttonClass, secondaryButtonClass } from "@/components/admin/styles";
import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { checkNowAction, deleteMonitorAction, pauseMonitorAction } from "../actions";

// The buttons of one monitor's page, each a small form of its own.

export function CheckNowForm({ id }: { id: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(checkNowAction, { status: "idle" });
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Checking…" : "Check now"}
      </button>
      <ActionOutcome state={state} />
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
      <ActionOutcome state={state} />
    </form>
  );
}

export function DeleteMonitorForm({ id, name }: { id: string; name: string }) {
  return <RemoveForm action={deleteMonitorAction} id={id} summary="Remove this monitor" confirmation={`Yes, remove ${name} and its checks for good (incidents it opened stay)`} button="Remove monitor" />;
}
