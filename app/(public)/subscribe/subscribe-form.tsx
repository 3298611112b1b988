"use client";

import { ComponentChoices } from "@/components/subscription/component-choices";
import type { ChoiceFormState } from "@/components/subscription/read-choice";
import { buttonClass, errorTextClass, inputClass, linkClass, panelClass } from "@/components/subscription/styles";
import type { ComponentChoiceSection } from "@/lib/subscribers/component-choices";
import { useActionState } from "react";
import { subscribeAction } from "./actions";

export function SubscribeForm({ sections }: { sections: ComponentChoiceSection[] }) {
  const [state, action, pending] = useActionState<ChoiceFormState, FormData>(subscribeAction, { status: "idle" });
  if (state.status === "success") {
    return (
      <div role="status" className={`${panelClass} space-y-2`}>
        <h2 className="text-lg font-semibold">Check your inbox</h2>
        <p>{state.message}</p>
        <p>
          <a className={linkClass} href="/subscribe">
            Subscribe another address
          </a>
        </p>
      </div>
    );
  }
  const values = state.status === "error" ? state.values : { email: "", scope: "all" as const, componentIds: [] };
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-5" noValidate>
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          Email address
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={values.email}
          className={`${inputClass} max-w-md`}
          aria-invalid={errors?.email ? true : undefined}
          aria-describedby={errors?.email ? "email-error" : undefined}
        />
        {errors?.email ? (
          <p id="email-error" className={`mt-1 ${errorTextClass}`}>
            {errors.email}
          </p>
        ) : null}
      </div>
      <ComponentChoices sections={sections} values={values} errors={errors} idPrefix="subscribe" />
      <p role="alert" className={`min-h-6 ${errorTextClass}`}>
        {state.status === "error" ? state.message : null}
      </p>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Subscribing…" : "Subscribe"}
      </button>
    </form>
  );
}
