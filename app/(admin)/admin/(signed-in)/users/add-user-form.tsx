"use client";

import { FieldError } from "@/components/admin/field-error";
import { buttonClass, inputClass } from "@/components/admin/styles";
import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { addUserAction } from "./actions";
import { StatusMessage } from "./status-message";

export function AddUserForm({ roles }: { roles: readonly string[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(addUserAction, { status: "idle" });
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const invalid = (name: string) => (errors?.[name] ? { "aria-invalid": true, "aria-describedby": `${name}-error` } : {});
  return (
    <form action={action} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="email" className="block text-sm font-medium">
            Email address
          </label>
          <input id="email" name="email" type="email" required autoComplete="off" defaultValue={values?.email ?? ""} className={inputClass} {...invalid("email")} />
          <FieldError name="email" errors={errors} />
        </div>
        <div>
          <label htmlFor="name" className="block text-sm font-medium">
            Name <span className="font-normal text-slate-600 dark:text-slate-400">(optional)</span>
          </label>
          <input id="name" name="name" autoComplete="off" defaultValue={values?.name ?? ""} className={inputClass} {...invalid("name")} />
          <FieldError name="name" errors={errors} />
        </div>
        <div>
          <label htmlFor="role" className="block text-sm font-medium">
            Role
          </label>
          <select id="role" name="role" defaultValue={values?.role ?? "editor"} className={inputClass} {...invalid("role")}>
            {roles.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
          <FieldError name="role" errors={errors} />
        </div>
        <div>
          <label htmlFor="password" className="block text-sm font-medium">
            Initial password <span className="font-normal text-slate-600 dark:text-slate-400">(at least 12 characters)</span>
          </label>
          <input id="password" name="password" type="password" required minLength={12} autoComplete="new-password" className={inputClass} {...invalid("password")} />
          <FieldError name="password" errors={errors} />
        </div>
      </div>
      <StatusMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Adding…" : "Add user"}
      </button>
    </form>
  );
}
