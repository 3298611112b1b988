"use client";

import { FieldError } from "@/components/admin/field-error";
import { buttonClass, inputClass } from "@/components/admin/styles";
import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { changeMyPasswordAction } from "./actions";
import { StatusMessage } from "./status-message";

export function ChangePasswordForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(changeMyPasswordAction, { status: "idle" });
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const invalid = (name: string) => (errors?.[name] ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {});
  return (
    <form action={action} className="space-y-4">
      {/* Lets password managers tell which account the new password belongs to. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="currentPassword" className="block text-sm font-medium">
            Current password
          </label>
          <input id="currentPassword" name="currentPassword" type="password" required autoComplete="current-password" className={inputClass} {...invalid("currentPassword")} />
          <FieldError name="currentPassword" errors={errors} />
        </div>
        <div>
          <label htmlFor="newPassword" className="block text-sm font-medium">
            New password <span className="font-normal text-slate-600 dark:text-slate-400">(at least 12 characters)</span>
          </label>
          <input id="newPassword" name="newPassword" type="password" required minLength={12} autoComplete="new-password" className={inputClass} {...invalid("newPassword")} />
          <FieldError name="newPassword" errors={errors} />
        </div>
      </div>
      <StatusMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Changing…" : "Change my password"}
      </button>
    </form>
  );
}
