"use client";

import { inputClass, secondaryButtonClass } from "@/components/admin/styles";
import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { changeRoleAction, deleteUserAction, setDisabledAction } from "./actions";
import { StatusMessage } from "./status-message";

// The controls of one user row. Labels and buttons carry the address for screen readers,
// since every row has the same ones.

type Row = { id: string; email: string; role: string; disabled: boolean };

const smallButton = `${secondaryButtonClass} px-3 py-1.5 text-sm`;

export function RoleForm({ user, roles }: { user: Row; roles: readonly string[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(changeRoleAction, { status: "idle" });
  return (
    <form action={action} className="w-full sm:w-72">
      <input type="hidden" name="userId" value={user.id} />
      <label htmlFor={`role-${user.id}`} className="block text-sm font-medium">
        Role<span className="sr-only"> of {user.email}</span>
      </label>
      <div className="flex items-center gap-2">
        <select id={`role-${user.id}`} name="role" defaultValue={user.role} className={inputClass}>
          {roles.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
        <button type="submit" disabled={pending} className={`${smallButton} mt-1 shrink-0`}>
          Change role<span className="sr-only"> of {user.email}</span>
        </button>
      </div>
      <StatusMessage state={state} compact />
    </form>
  );
}

export function DisableForm({ user }: { user: Row }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setDisabledAction, { status: "idle" });
  return (
    <form action={action}>
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
      <button type="submit" disabled={pending} className={smallButton}>
        {user.disabled ? "Enable" : "Disable"}
        <span className="sr-only"> {user.email}</span>
      </button>
      <StatusMessage state={state} compact />
    </form>
  );
}

export function DeleteUserForm({ user }: { user: Row }) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteUserAction, { status: "idle" });
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="userId" value={user.id} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="confirm" className="mt-1" />
        <span>Yes, delete {user.email} for good</span>
      </label>
      <button type="submit" disabled={pending} className="rounded-md border border-red-700 px-3 py-1.5 text-sm font-medium text-red-800 dark:border-red-400 dark:text-red-300">
        {pending ? "Deleting…" : "Delete user"}
        <span className="sr-only"> {user.email}</span>
      </button>
      <StatusMessage state={state} compact />
    </form>
  );
}
