"use client";

import { buttonClass, errorTextClass } from "@/components/subscription/styles";
import { useActionState } from "react";
import { confirmAction, type ConfirmState } from "./actions";
import { ConfirmOutcome } from "./confirm-outcome";

// A button, not the link itself, confirms: mail scanners and link previews open links
// (a GET) but do not submit forms.
export function ConfirmForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<ConfirmState, FormData>(confirmAction, { status: "idle" });
  if (state.status === "done" && state.outcome.status !== "ready") return <ConfirmOutcome outcome={state.outcome} />;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <p>Press the button to start getting emails about this page.</p>
      {state.status === "error" ? (
        <p role="alert" className={errorTextClass}>
          {state.message}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Confirming…" : "Confirm my subscription"}
      </button>
    </form>
  );
}
