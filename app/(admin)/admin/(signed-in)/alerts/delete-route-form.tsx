"use client";

import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { deleteAlertRouteAction } from "./actions";

// Removing a route only changes where later alerts go, so it asks for no confirmation.
export function DeleteAlertRouteForm({ route }: { route: { id: string; label: string } }) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteAlertRouteAction, { status: "idle" });
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="id" value={route.id} />
      <button type="submit" disabled={pending} className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium dark:border-slate-600">
        {pending ? "Removing…" : "Remove"}
        <span className="sr-only"> the route {route.label}</span>
      </button>
      {state.status === "error" ? (
        <p role="status" className="text-sm font-medium text-red-700 dark:text-red-400">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
