"use client";

import { FieldError, FormMessage } from "@/components/admin/field-error";
import { buttonClass, inputClass } from "@/components/admin/styles";
import { ShownOnce } from "@/components/admin/shown-once";
import { ComponentChoices } from "@/components/subscription/component-choices";
import type { ComponentChoiceSection } from "@/lib/subscribers/component-choices";
import type { TeamChannelKind, TeamEvent } from "@/lib/team-channels/schemas";
import { useActionState } from "react";
import { type CreateChannelState, createChannelAction, updateChannelAction } from "./actions";
import { EVENT_CHOICES, KIND_CHOICES } from "./channel-kinds";

// Adding a team channel, or changing one (`existing`): its kind (fixed once made), a name,
// the webhook URL, which news it gets and for which components. Plain controls: it works
// without JavaScript.

export type ChannelFormValues = { name: string; events: TeamEvent[]; scope: "all" | "components"; componentIds: string[] };

type Props = { sections: ComponentChoiceSection[]; existing?: { id: string; kind: TeamChannelKind; endpoint: string; values: ChannelFormValues } };

const hintClass = "text-sm text-slate-600 dark:text-slate-400";
const NEW_VALUES: ChannelFormValues = { name: "", events: ["incidents", "maintenance"], scope: "all", componentIds: [] };

function Created({ state }: { state: Extract<CreateChannelState, { status: "created" }> }) {
  const secret = state.signingSecret ? { id: "signing-secret", label: "Signing secret", value: state.signingSecret } : null;
  return (
    <ShownOnce message={state.message} href={`/admin/channels/${state.id}`} secret={secret}>
      Copy it now: it is not shown again. Your receiver checks each request&apos;s X-Beacon-Signature with it.
    </ShownOnce>
  );
}

export function TeamChannelForm({ sections, existing }: Props) {
  const [state, action, pending] = useActionState<CreateChannelState, FormData>(existing ? updateChannelAction : createChannelAction, { status: "idle" });
  const failed = state.status === "error" ? state : null;
  const errors = failed?.fieldErrors;
  // After an error the form shows what was sent (the URL excepted), else the stored values.
  const split = (list = "") => list.split(",").filter(Boolean);
  const shown: ChannelFormValues & { kind: string } = failed
    ? {
        name: failed.values.name ?? "",
        events: split(failed.values.events) as TeamEvent[],
        scope: failed.values.scope === "components" ? "components" : "all",
        componentIds: split(failed.values.componentIds),
        kind: failed.values.kind ?? "slack",
      }
    : { ...(existing?.values ?? NEW_VALUES), kind: existing?.kind ?? "slack" };
  const events = new Set(shown.events);
  const described = (name: string, hint?: string) => [hint, errors?.[name] ? `${name}-error` : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-4">
      {state.status === "created" ? <Created state={state} /> : null}
      {state.status === "success" ? (
        <p role="status" className="font-medium text-green-800 dark:text-green-300">
          {state.message}
        </p>
      ) : null}
      <form action={action} key={state.status === "created" ? state.id : undefined} className="space-y-5">
        {existing ? <input type="hidden" name="id" value={existing.id} /> : (
          <fieldset className="space-y-2" aria-describedby={described("kind")}>
            <legend className="text-sm font-medium">Where to post</legend>
            {KIND_CHOICES.map((choice) => (
              <div key={choice.kind} className="flex items-start gap-2">
                <input
                  id={`kind-${choice.kind}`}
                  type="radio"
                  name="kind"
                  value={choice.kind}
                  defaultChecked={shown.kind === choice.kind}
                  aria-describedby={`kind-${choice.kind}-hint`}
                  className="mt-1 size-4 shrink-0"
                />
                <div>
                  <label htmlFor={`kind-${choice.kind}`} className="font-medium">
                    {choice.label}
                  </label>
                  <p id={`kind-${choice.kind}-hint`} className={hintClass}>
                    {choice.hint}
                  </p>
                </div>
              </div>
            ))}
            <FieldError name="kind" errors={errors} />
          </fieldset>
        )}
        <div>
          <label htmlFor="channel-name" className="block text-sm font-medium">
            Name <span className="font-normal text-slate-600 dark:text-slate-400">(where it posts, e.g. “#ops on Slack”)</span>
          </label>
          <input id="channel-name" name="name" required maxLength={100} autoComplete="off" defaultValue={shown.name} className={inputClass} aria-invalid={errors?.name ? true : undefined} aria-describedby={described("name")} />
          <FieldError name="name" errors={errors} />
        </div>
        <div>
          <label htmlFor="channel-url" className="block text-sm font-medium">
            {existing ? "New webhook URL" : "Webhook URL"}
          </label>
          {existing ? (
            <p id="channel-url-hint" className={hintClass}>
              Now <code className="break-all">{existing.endpoint}</code>. Leave empty to keep it.
            </p>
          ) : null}
          <input
            id="channel-url"
            name="url"
            type="url"
            required={!existing}
            maxLength={2000}
            autoComplete="off"
            spellCheck={false}
            className={`${inputClass} font-mono text-sm`}
            aria-invalid={errors?.url ? true : undefined}
            aria-describedby={described("url", existing ? "channel-url-hint" : undefined)}
          />
          <FieldError name="url" errors={errors} />
        </div>
        <fieldset className="space-y-1" aria-describedby={described("events")}>
          <legend className="text-sm font-medium">What to post</legend>
          {EVENT_CHOICES.map((choice) => (
            <label key={choice.event} className="flex items-start gap-2">
              <input type="checkbox" name="events" value={choice.event} defaultChecked={events.has(choice.event)} className="mt-1 size-4 shrink-0" />
              {choice.label}
            </label>
          ))}
          <FieldError name="events" errors={errors} />
        </fieldset>
        <ComponentChoices sections={sections} values={{ scope: shown.scope, componentIds: shown.componentIds }} errors={errors} idPrefix="channel" />
        <FormMessage message={failed ? failed.message : null} />
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? "Saving…" : existing ? "Save changes" : "Add channel"}
        </button>
      </form>
    </div>
  );
}
