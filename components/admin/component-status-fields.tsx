import { COMPONENT_STATUSES, type ComponentStatus, componentStatusLabel } from "@/lib/components/status";
import { inputClass } from "./styles";

// One select per component: leave it "not affected", or pick the status this post sets.
// Named `component:<id>`, read back by componentChangesFrom() in lib/forms/incident-form.ts.

export type ComponentChoice = { id: string; name: string; status: ComponentStatus; selected?: ComponentStatus | "" };

export function ComponentStatusFields({ components, legend }: { components: ComponentChoice[]; legend: string }) {
  if (components.length === 0) return null;
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{legend}</legend>
      {components.map((component) => (
        <div key={component.id} className="grid grid-cols-1 items-center gap-1 sm:grid-cols-2">
          <label htmlFor={`component-${component.id}`}>
            {component.name} <span className="text-sm text-slate-600 dark:text-slate-400">(now {componentStatusLabel[component.status].toLowerCase()})</span>
          </label>
          {/* Keyed by the chosen value: React resets a form's selects after an action, and the key
              brings back what was chosen when the form comes back with an error. */}
          <select
            key={component.selected ?? ""}
            id={`component-${component.id}`}
            name={`component:${component.id}`}
            defaultValue={component.selected ?? ""}
            className={inputClass}
          >
            <option value="">Not changed</option>
            {COMPONENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {componentStatusLabel[status]}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
