import type { ComponentGroupRecord, ComponentRecord, ComponentTree } from "../../components/list-components";
import { type ComponentStatus, worstComponentStatus } from "../../components/status";
import type { V2Component } from "./types";

// Statuspage has no separate group object: a group is a component with `group: true` and a
// `components` list of child ids. Only groups carry that key; consumers test for it.

function worstStatus(children: readonly ComponentRecord[]): ComponentStatus {
  return worstComponentStatus(children.map((child) => child.status));
}

/** "YYYY-MM-DD", as Statuspage writes a component's start date. */
export function toDateOnly(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

export function toV2Component(component: ComponentRecord, pageId: string): V2Component {
  return {
    id: component.id,
    name: component.name,
    status: component.status,
    created_at: component.createdAt.toISOString(),
    updated_at: component.updatedAt.toISOString(),
    position: component.position,
    description: component.description,
    showcase: component.showcase,
    start_date: toDateOnly(component.startDate),
    group_id: component.groupId,
    page_id: pageId,
    group: false,
    only_show_if_degraded: component.onlyShowIfDegraded,
  };
}

function toV2Group(group: ComponentGroupRecord, children: readonly ComponentRecord[], pageId: string): V2Component {
  return {
    id: group.id,
    name: group.name,
    // A group has no status of its own; it shows its worst child's, as on the page.
    status: worstStatus(children),
    created_at: group.createdAt.toISOString(),
    updated_at: group.updatedAt.toISOString(),
    position: group.position,
    description: group.description,
    showcase: children.some((child) => child.showcase),
    start_date: null,
    group_id: null,
    page_id: pageId,
    group: true,
    only_show_if_degraded: false,
    components: children.map((child) => child.id),
  };
}

/**
 * Every group and component in display order: top-level entries by position, each group
 * followed by its children by position (the tree's lists are already ordered).
 */
export function toV2Components(tree: ComponentTree, pageId: string): V2Component[] {
  const top = [
    ...tree.groups.map((group) => ({ position: group.position, name: group.name, group })),
    ...tree.components
      .filter((component) => component.groupId === null)
      .map((component) => ({ position: component.position, name: component.name, component })),
  ].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));

  const result: V2Component[] = [];
  for (const entry of top) {
    if ("component" in entry) {
      result.push(toV2Component(entry.component, pageId));
      continue;
    }
    const children = tree.components.filter((component) => component.groupId === entry.group.id);
    result.push(toV2Group(entry.group, children, pageId));
    for (const child of children) result.push(toV2Component(child, pageId));
  }
  return result;
}
