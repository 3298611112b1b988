"use client";

import { buttonClass, errorTextClass, secondaryButtonClass, successTextClass } from "@/components/subscription/styles";
import type { SubscriberState } from "@/lib/subscribers/get-subscription";
import { useActionState } from "react";
import { changeStateAction, type StateChangeState } from "./actions";

// Stops or restarts the emails. One form whatever the state, so its message survives the
// buttons changing after the action (with or without JavaScript).
type Props = { token: string; state: SubscriberState; channel: "email" | "webhook" };

export function StateForm({ token, state: subscriberState, channel }: Props) {
  const [state, action, pending] = useActionState<StateChangeState, FormData>(changeStateAction, { status: "idle" });
  const active = subscriberState === "confirmed" || subscriberState === "pending";
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="channel" value={channel} />
      <div className="flex flex-wrap gap-3">
        {subscriberState === "pending" ? (
          <button type="submit" name="intent" value="resubscribe" disabled={pending} className={buttonClass}>
            Confirm my subscription
          </button>
        ) : null}
        {active ? (
          <button type="submit" name="intent" value="unsubscribe" disabled={pending} className={secondaryButtonClass}>
            Unsubscribe
          </button>
        ) : (
          <button type="submit" name="intent" value="resubscribe" disabled={pending} className={buttonClass}>
            Resubscribe
          </button>
        )}
      </div>
      <p role="status" aria-live="polite" className={`min-h-6 ${state.status === "error" ? errorTextClass : successTextClass}`}>
        {state.status === "idle" ? null : state.message}
      </p>
    </form>
  );
}
