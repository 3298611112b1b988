import { FieldError } from "@/components/admin/field-error";
import { inputClass } from "@/components/admin/styles";
import type { ComponentChoiceSection } from "@/lib/subscribers/component-choices";

// The component whose status a monitor or heartbeat sets, grouped as on the page.

type Props = { id: string; sections: ComponentChoiceSection[]; value: string; errors?: Record<string, string>; hint: string };

export function ComponentSelect({ id, sections, value, errors, hint }: Props) {
  const options = (section: ComponentChoiceSection) =>
    section.components.map((component) => (
      <option key={component.id} value={component.id}>
        {component.name}
      </option>
    ));
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        Component
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
        {hint}
      </p>
      <select id={id} name="componentId" required defaultValue={value} className={inputClass} aria-describedby={`${id}-hint${errors?.componentId ? " componentId-error" : ""}`}>
        <option value="">Choose a component…</option>
        {sections.map((section) =>
          section.group ? (
            <optgroup key={section.group.id} label={section.group.name}>
              {options(section)}
            </optgroup>
          ) : (
            options(section)
          ),
        )}
      </select>
      <FieldError name="componentId" errors={errors} />
    </div>
  );
}
