"use client";

import { ActionOutcome, RemoveForm } from "@/components/admin/action-forms";
import { buttonClass, secondaryButtonClass } from "@/components/admin/styles";
import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { deleteChannelAction, enableChannelAction, pauseChannelAction, testChannelAction } from "../actions";

// The buttons of one team channel's page, each a small form of its own.

export function TestMessageForm({ id }: { id: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(testChannelAction, { status: "idle" });
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Sending…" : "Send a test message"}
      </button>
      <ActionOutcome state={state} />
    </form>
  );
}

export function PauseOrEnableForm({ id, active }: { id: string; active: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(active ? pauseChannelAction : enableChannelAction, { status: "idle" });
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {active ? (pending ? "Pausing…" : "Pause") : pending ? "Enabling…" : "Enable again"}
      </button>
      <ActionOutcome state={state} />
    </form>
  );
}

export function DeleteChannelForm({ id, name }: { id: string; name: string }) {
  return <RemoveForm action={deleteChannelAction} id={id} summary="Remove this channel" confirmation={`Yes, remove ${name} and its delivery history for good`} button="Remove channel" />;
}
