"use client";

import { secondaryButtonClass } from "@/components/admin/styles";
import type { ComponentStatus } from "@/lib/components/status";
import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { setComponentStatusAction } from "./actions";
import { FormOutcome, StatusSelect } from "./fields";

// Sets the status by hand; lib logs it in the status log as a manual change.
export function StatusForm({ componentId, status }: { componentId: string; status: ComponentStatus }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setComponentStatusAction, { status: "idle" });
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form key={state.status === "success" ? state.key : "form"} action={action} className="w-full max-w-sm space-y-1">
      <input type="hidden" name="id" value={componentId} />
      <div className="flex items-end gap-2">
        <div className="min-w-0 flex-1">
          <StatusSelect id={`component-${componentId}-status`} label="Status" defaultValue={state.status === "error" ? (state.values.status ?? status) : status} errors={errors} />
        </div>
        <button type="submit" disabled={pending} className={`shrink-0 ${secondaryButtonClass}`}>
          {pending ? "Setting…" : "Set status"}
        </button>
      </div>
      <FormOutcome state={state} compact />
    </form>
  );
}
