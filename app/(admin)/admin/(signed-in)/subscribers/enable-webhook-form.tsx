"use client";

import { secondaryButtonClass } from "@/components/admin/styles";
import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { enableWebhookAction } from "./actions";

// For a webhook Beacon disabled after repeated failures: back on, with the same signing secret.
export function EnableWebhookForm({ id, endpoint }: { id: string; endpoint: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(enableWebhookAction, { status: "idle" });
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className={`${secondaryButtonClass} text-sm`}>
        {pending ? "Enabling…" : "Enable again"}
        <span className="sr-only"> {endpoint}</span>
      </button>
      <p role="status" aria-live="polite" className="text-sm font-medium empty:hidden">
        {state.status === "idle" ? null : state.message}
      </p>
    </form>
  );
}
