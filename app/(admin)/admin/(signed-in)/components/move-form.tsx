"use client";

import type { FormState } from "@/web/forms/form-state";
import { useActionState } from "react";
import { moveAction } from "./actions";
import { FormOutcome } from "./fields";

// Each button carries its level's ids in the order it would make, so it works without
// JavaScript: the pressed button's value is what the server receives.
export function MoveForm(props: { name: string; groupId: string | null; up: string[] | null; down: string[] | null }) {
  const [state, action, pending] = useActionState<FormState, FormData>(moveAction, { status: "idle" });
  const button = "rounded-md border border-slate-300 px-2.5 py-1 text-sm font-medium disabled:opacity-40 dark:border-slate-600";
  return (
    <form action={action} aria-busy={pending} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="groupId" value={props.groupId ?? ""} />
      <button type="submit" name="order" value={props.up?.join(",") ?? ""} disabled={pending || !props.up} aria-label={`Move ${props.name} up`} className={button}>
        <span aria-hidden="true">↑</span> Up
      </button>
      <button type="submit" name="order" value={props.down?.join(",") ?? ""} disabled={pending || !props.down} aria-label={`Move ${props.name} down`} className={button}>
        <span aria-hidden="true">↓</span> Down
      </button>
      {pending ? (
        <span role="status" className="text-sm">
          Moving…
        </span>
      ) : state.status === "error" ? (
        <FormOutcome state={state} compact />
      ) : null}
    </form>
  );
}
