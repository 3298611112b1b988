"use client";

import { secondaryButtonClass } from "@/components/admin/styles";
import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { resetTemplateAction } from "../actions";

export function ResetTemplateForm({ id }: { id: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(resetTemplateAction, { status: "idle" });
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <p role="status" aria-live="polite" className="text-sm font-medium text-red-700 empty:hidden dark:text-red-400">
        {state.status === "error" ? state.message : null}
      </p>
      <button type="submit" disabled={pending} className={secondaryButtonClass}>
        {pending ? "Resetting…" : "Reset to Beacon's words"}
      </button>
    </form>
  );
}
