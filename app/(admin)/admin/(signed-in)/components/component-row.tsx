import { StatusIcon } from "@/components/status-icon";
import type { ComponentRecord } from "@/lib/components/list-components";
import { componentStatusLabel } from "@/lib/components/status";
import { DeleteComponentForm } from "./delete-component-form";
import { EditComponentForm } from "./edit-component-form";
import type { GroupChoice } from "./fields";
import { MoveForm } from "./move-form";
import { StatusForm } from "./status-form";

export type LevelMove = { groupId: string | null; up: string[] | null; down: string[] | null };

function visibilityNote(component: ComponentRecord): string | null {
  if (!component.showcase) return "Hidden from the public page";
  if (component.onlyShowIfDegraded) return "On the public page only while not operational";
  return null;
}

/** One component with its forms; a list item named by its heading. */
export function ComponentRow({ component, groups, move, nested }: { component: ComponentRecord; groups: GroupChoice[]; move: LevelMove; nested: boolean }) {
  const Heading = nested ? "h4" : "h3";
  const headingId = `component-${component.id}-heading`;
  const note = visibilityNote(component);
  return (
    <li aria-labelledby={headingId} className={`space-y-3 px-4 py-4 ${nested ? "" : "rounded-lg border border-slate-300 dark:border-slate-600"}`}>
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
        <div className="min-w-0">
          <Heading id={headingId} className="font-medium break-words">
            {component.name}
          </Heading>
          {component.description ? <p className="text-sm text-slate-600 dark:text-slate-400">{component.description}</p> : null}
          {note ? <p className="text-sm text-amber-800 dark:text-amber-300">{note}</p> : null}
        </div>
        <p className="flex shrink-0 items-center gap-2 text-sm">
          <StatusIcon status={component.status} />
          {componentStatusLabel[component.status]}
        </p>
      </div>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <StatusForm componentId={component.id} status={component.status} />
        <MoveForm name={component.name} {...move} />
      </div>
      <div className="space-y-2">
        <EditComponentForm
          component={{
            id: component.id,
            name: component.name,
            description: component.description ?? "",
            groupId: component.groupId ?? "",
            showcase: component.showcase,
            onlyShowIfDegraded: component.onlyShowIfDegraded,
          }}
          groups={groups}
        />
        <DeleteComponentForm component={{ id: component.id, name: component.name }} />
      </div>
    </li>
  );
}
