import type { ComponentGroupRecord, ComponentRecord, ComponentTree } from "@/lib/components/list-components";

// The top level interleaves groups and ungrouped components, as the public page does (they
// share one sequence of positions); each group orders its own components.

export type TopLevelEntry =
  | { kind: "group"; id: string; group: ComponentGroupRecord; components: ComponentRecord[] }
  | { kind: "component"; id: string; component: ComponentRecord };

/** The top level in display order; on a tie a group comes first, as on the public page. */
export function topLevelEntries(tree: ComponentTree): TopLevelEntry[] {
  const entries = [
    ...tree.groups.map((group) => ({
      kind: "group" as const,
      id: group.id,
      position: group.position,
      group,
      components: tree.components.filter((c) => c.groupId === group.id),
    })),
    ...tree.components.filter((c) => c.groupId === null).map((component) => ({ kind: "component" as const, id: component.id, position: component.position, component })),
  ];
  return entries.sort((a, b) => a.position - b.position).map(({ position: _position, ...entry }) => entry);
}

/** The level's ids with the one at `index` swapped with its neighbour; null past either end. */
export function movedOrder(ids: readonly string[], index: number, step: -1 | 1): string[] | null {
  const target = index + step;
  const here = ids[index];
  const there = ids[target];
  if (here === undefined || there === undefined) return null;
  const order = [...ids];
  order[index] = there;
  order[target] = here;
  return order;
}
