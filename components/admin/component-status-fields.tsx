import { COMPONENT_STATUSES, type ComponentStatus, componentStatusLabel } from "@/lib/components/status";
import { inputClass } from "./styles";

// One select per component: leave it "not affected", or pick the status this post sets.
// Named `component:<id>`, read back by componentChangesFrom() in web/forms/incident-form.ts.
// Components that carry their group's name are shown under it, as on the public page.

export type ComponentChoice = { id: string; name: string; status: ComponentStatus; group?: string | null; selected?: ComponentStatus | "" };

function ComponentSelect({ component }: { component: ComponentChoice }) {
  return (
    <div className="grid grid-cols-1 items-center gap-1 sm:grid-cols-2">
      <label htmlFor={`component-${component.id}`}>
        {component.name} <span className="text-sm text-slate-600 dark:text-slate-400">(now {componentStatusLabel[component.status].toLowerCase()})</span>
      </label>
      {/* Keyed by the chosen value: React resets a form's selects after an action, and the key
          brings back what was chosen when the form comes back with an error. */}
      <select key={component.selected ?? ""} id={`component-${component.id}`} name={`component:${component.id}`} defaultValue={component.selected ?? ""} className={inputClass}>
        <option value="">Not changed</option>
        {COMPONENT_STATUSES.map((status) => (
          <option key={status} value={status}>
            {componentStatusLabel[status]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Consecutive components of one group become one run, so each group is named once. */
function runsOf(components: ComponentChoice[]): { group: string | null; components: ComponentChoice[] }[] {
  const runs: { group: string | null; components: ComponentChoice[] }[] = [];
  for (const component of components) {
    const group = component.group ?? null;
    const last = runs.at(-1);
    if (last && group !== null && last.group === group) last.components.push(component);
    else runs.push({ group, components: [component] });
  }
  return runs;
}

export function ComponentStatusFields({ components, legend }: { components: ComponentChoice[]; legend: string }) {
  if (components.length === 0) return null;
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{legend}</legend>
      {runsOf(components).map((run) =>
        run.group === null ? (
          run.components.map((component) => <ComponentSelect key={component.id} component={component} />)
        ) : (
          <fieldset key={`group-${run.components[0]?.id}`} className="space-y-2 border-l-2 border-slate-200 pl-3 dark:border-slate-700">
            <legend className="text-sm font-semibold text-slate-700 dark:text-slate-300">{run.group}</legend>
            {run.components.map((component) => (
              <ComponentSelect key={component.id} component={component} />
            ))}
          </fieldset>
        ),
      )}
    </fieldset>
  );
}
