"use client";

import { FieldError } from "@/components/admin/field-error";
import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { deleteSubscriberAction } from "./actions";

type Props = { subscriber: { id: string; name: string; channel: "email" | "webhook" }; search: { q: string; state: string; page: number } };

// Removal is for good (someone asked to be forgotten), so it asks for a tick first. The
// search travels along so the page comes back as it was.
export function DeleteSubscriberForm({ subscriber, search }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteSubscriberAction, { status: "idle" });
  const errorId = `subscriber-${subscriber.id}-confirm`;
  const errors = state.status === "error" && state.fieldErrors.confirm ? { [errorId]: state.fieldErrors.confirm } : undefined;
  return (
    <details open={state.status === "error" || undefined}>
      <summary className="cursor-pointer text-sm font-medium text-red-800 underline underline-offset-2 dark:text-red-300">
        Remove<span className="sr-only"> {subscriber.name}</span>
      </summary>
      <form action={action} className="mt-2 space-y-2">
        <input type="hidden" name="id" value={subscriber.id} />
        <input type="hidden" name="q" value={search.q} />
        <input type="hidden" name="state" value={search.state} />
        <input type="hidden" name="page" value={search.page} />
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="confirm" className="mt-1" aria-describedby={errors ? `${errorId}-error` : undefined} />
          <span className="break-all">
            {subscriber.channel === "webhook"
              ? `Yes, remove the webhook ${subscriber.name} and its delivery history for good`
              : `Yes, remove ${subscriber.name} and their email history for good`}
          </span>
        </label>
        <FieldError name={errorId} errors={errors} />
        <p role="status" aria-live="polite" className="text-sm font-medium text-red-700 empty:hidden dark:text-red-400">
          {state.status === "error" ? state.message : null}
        </p>
        <button type="submit" disabled={pending} className="rounded-md border border-red-700 px-3 py-1.5 text-sm font-medium text-red-800 disabled:opacity-70 dark:border-red-400 dark:text-red-300">
          {pending ? "Removing…" : "Remove subscriber"}
        </button>
      </form>
    </details>
  );
}
