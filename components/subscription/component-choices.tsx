"use client";

import type { ComponentChoiceSection } from "@/lib/subscribers/component-choices";
import { useRef } from "react";
import { errorTextClass } from "./styles";

// "Everything on this page" or a choice of components, grouped like the public page. Plain
// radios and checkboxes, so it works without JavaScript; with it, ticking a component also
// picks "only the components I choose".

export type ChoiceValues = { scope: "all" | "components"; componentIds: string[] };

type Props = {
  sections: ComponentChoiceSection[];
  values: ChoiceValues;
  errors?: Record<string, string>;
  idPrefix: string;
  // Hidden when a heading above already says it.
  hideLegend?: boolean;
};

function FieldMessage({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={id} className={`mt-1 ${errorTextClass}`}>
      {message}
    </p>
  ) : null;
}

/** Ungrouped components next to each other share one list, as they read as one. */
function mergeUngrouped(sections: ComponentChoiceSection[]): ComponentChoiceSection[] {
  const merged: ComponentChoiceSection[] = [];
  for (const section of sections) {
    const last = merged.at(-1);
    if (!section.group && last && !last.group) merged[merged.length - 1] = { group: null, components: [...last.components, ...section.components] };
    else merged.push(section);
  }
  return merged;
}

export function ComponentChoices({ sections, values, errors, idPrefix, hideLegend }: Props) {
  const onlyChosen = useRef<HTMLInputElement>(null);
  const chosen = new Set(values.componentIds);
  const scopeError = errors?.scope;
  const listError = errors?.componentIds;
  const describedBy = [scopeError ? `${idPrefix}-scope-error` : "", listError ? `${idPrefix}-components-error` : ""].join(" ").trim() || undefined;
  const box = (component: { id: string; name: string }) => (
    <li key={component.id}>
      <label className="flex items-start gap-2 py-1">
        <input
          type="checkbox"
          name="componentIds"
          value={component.id}
          defaultChecked={chosen.has(component.id)}
          onChange={(event) => {
            if (event.target.checked && onlyChosen.current) onlyChosen.current.checked = true;
          }}
          className="mt-1 size-4 shrink-0"
        />
        {component.name}
      </label>
    </li>
  );
  return (
    <fieldset className="space-y-2" aria-describedby={describedBy}>
      <legend className={hideLegend ? "sr-only" : "text-sm font-medium"}>What to hear about</legend>
      <label className="flex items-start gap-2">
        <input type="radio" name="scope" value="all" defaultChecked={values.scope === "all"} className="mt-1 size-4 shrink-0" />
        Everything on this page, including components added later
      </label>
      {sections.length > 0 ? (
        <>
          <label className="flex items-start gap-2">
            <input ref={onlyChosen} type="radio" name="scope" value="components" defaultChecked={values.scope === "components"} className="mt-1 size-4 shrink-0" />
            Only the components I choose:
          </label>
          <div className="ml-6 space-y-3">
            {mergeUngrouped(sections).map(({ group, components }) =>
              group ? (
                <fieldset key={group.id}>
                  <legend className="font-semibold">{group.name}</legend>
                  <ul className="ml-4">{components.map(box)}</ul>
                </fieldset>
              ) : (
                <ul key={components[0]?.id}>{components.map(box)}</ul>
              ),
            )}
          </div>
        </>
      ) : null}
      <FieldMessage id={`${idPrefix}-scope-error`} message={scopeError} />
      <FieldMessage id={`${idPrefix}-components-error`} message={listError} />
    </fieldset>
  );
}
