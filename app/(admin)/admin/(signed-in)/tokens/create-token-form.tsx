"use client";

import { FieldError } from "@/components/admin/field-error";
import { buttonClass, inputClass } from "@/components/admin/styles";
import { useActionState } from "react";
import { type CreateTokenState, createTokenAction } from "./actions";

export function CreateTokenForm() {
  const [state, action, pending] = useActionState<CreateTokenState, FormData>(createTokenAction, { status: "idle" });
  const values = state.status === "error" ? state.values : undefined;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <div className="space-y-4">
      {state.status === "created" ? (
        <div className="space-y-2 rounded-lg border border-green-700 bg-green-50 px-4 py-3 dark:border-green-500 dark:bg-green-950">
          <p role="status" className="font-medium text-green-900 dark:text-green-200">
            {state.message}
          </p>
          <label htmlFor="new-token" className="block text-sm font-medium">
            Your new API token
          </label>
          {/* A textarea so the whole token wraps into view on a phone. */}
          <textarea
            id="new-token"
            readOnly
            rows={2}
            value={state.token}
            autoComplete="off"
            spellCheck={false}
            onFocus={(event) => event.currentTarget.select()}
            aria-describedby="new-token-note"
            className={`${inputClass} resize-none font-mono text-sm break-all field-sizing-content`}
          />
          <p id="new-token-note" className="text-sm">
            Copy it now and keep it somewhere safe: it won&apos;t be shown again. Programs send it in an <code>Authorization: Bearer</code> header.
          </p>
        </div>
      ) : null}
      <form action={action} className="space-y-3">
        <div>
          <label htmlFor="name" className="block text-sm font-medium">
            Name <span className="font-normal text-slate-600 dark:text-slate-400">(what uses it, e.g. “deploy pipeline”)</span>
          </label>
          <input
            id="name"
            name="name"
            required
            maxLength={100}
            autoComplete="off"
            defaultValue={values?.name ?? ""}
            className={inputClass}
            aria-invalid={errors?.name ? true : undefined}
            aria-describedby={errors?.name ? "name-error" : undefined}
          />
          <FieldError name="name" errors={errors} />
        </div>
        <p role="status" aria-live="polite" className="min-h-6 text-sm font-medium text-red-700 dark:text-red-400">
          {state.status === "error" ? state.message : null}
        </p>
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? "Creating…" : "Create token"}
        </button>
      </form>
    </div>
  );
}
