"use client";

import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { revokeTokenAction } from "./actions";

// Revoking cannot be undone (programs using the token stop working), so it asks for a tick.
export function RevokeTokenForm({ token }: { token: { id: string; name: string } }) {
  const [state, action, pending] = useActionState<FormState, FormData>(revokeTokenAction, { status: "idle" });
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="tokenId" value={token.id} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="confirm" className="mt-1" />
        <span>Yes, revoke “{token.name}”; programs using it stop working</span>
      </label>
      <button type="submit" disabled={pending} className="rounded-md border border-red-700 px-3 py-1.5 text-sm font-medium text-red-800 dark:border-red-400 dark:text-red-300">
        {pending ? "Revoking…" : "Revoke token"}
        <span className="sr-only"> {token.name}</span>
      </button>
      <p role="status" aria-live="polite" className={`text-sm font-medium ${state.status === "error" ? "text-red-700 dark:text-red-400" : "text-green-800 dark:text-green-400"}`}>
        {state.status === "idle" ? null : state.message}
      </p>
    </form>
  );
}
