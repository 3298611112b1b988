"use client";

import { type ChoiceValues, ComponentChoices } from "@/components/subscription/component-choices";
import type { ChoiceFormState } from "@/components/subscription/read-choice";
import { buttonClass, errorTextClass, successTextClass } from "@/components/subscription/styles";
import type { ComponentChoiceSection } from "@/lib/subscribers/component-choices";
import { useActionState } from "react";
import { updateChoicesAction } from "./actions";

export function ChoicesForm({ token, sections, saved }: { token: string; sections: ComponentChoiceSection[]; saved: ChoiceValues }) {
  const [state, action, pending] = useActionState<ChoiceFormState, FormData>(updateChoicesAction, { status: "idle" });
  const values = state.status === "error" ? state.values : saved;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  // Remount after a save, so the boxes show what was stored rather than the browser's memory.
  const key = state.status === "success" ? `${saved.scope}:${saved.componentIds.join(",")}` : "form";
  return (
    <form key={key} action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <ComponentChoices sections={sections} values={values} errors={errors} idPrefix="manage" hideLegend />
      <p role="status" aria-live="polite" className={`min-h-6 ${state.status === "error" ? errorTextClass : successTextClass}`}>
        {state.status === "idle" ? null : state.message}
      </p>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : "Save choices"}
      </button>
    </form>
  );
}
