import type { ComponentGroupRecord, ComponentRecord } from "@/lib/components/list-components";
import { ComponentRow, type LevelMove } from "./component-row";
import { DeleteGroupForm } from "./delete-group-form";
import { EditGroupForm } from "./edit-group-form";
import type { GroupChoice } from "./fields";
import { MoveForm } from "./move-form";
import { movedOrder } from "./order";

/** A group with its forms and its components in display order; a list item named by its heading. */
export function GroupItem(props: { group: ComponentGroupRecord; components: ComponentRecord[]; groups: GroupChoice[]; move: LevelMove }) {
  const { group, components } = props;
  const headingId = `group-${group.id}-heading`;
  const ids = components.map((c) => c.id);
  return (
    <li aria-labelledby={headingId} className="rounded-lg border border-slate-300 dark:border-slate-600">
      <div className="space-y-3 bg-slate-50 px-4 py-4 dark:bg-slate-900">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <h3 id={headingId} className="font-semibold break-words">
              {group.name} <span className="text-sm font-normal text-slate-600 dark:text-slate-400">(group)</span>
            </h3>
            {group.description ? <p className="text-sm text-slate-600 dark:text-slate-400">{group.description}</p> : null}
          </div>
          <MoveForm name={group.name} {...props.move} />
        </div>
        <div className="space-y-2">
          <EditGroupForm group={{ id: group.id, name: group.name, description: group.description ?? "" }} />
          <DeleteGroupForm group={{ id: group.id, name: group.name, componentCount: components.length }} />
        </div>
      </div>
      {components.length === 0 ? (
        <p className="border-t border-slate-200 px-4 py-3 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
          No components yet: add one above and choose this group.
        </p>
      ) : (
        <ol aria-label={`Components of ${group.name}`} className="divide-y divide-slate-200 border-t border-slate-200 dark:divide-slate-700 dark:border-slate-700">
          {components.map((component, index) => (
            <ComponentRow
              key={component.id}
              component={component}
              groups={props.groups}
              nested
              move={{ groupId: group.id, up: movedOrder(ids, index, -1), down: movedOrder(ids, index, 1) }}
            />
          ))}
        </ol>
      )}
    </li>
  );
}
