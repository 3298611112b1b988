// Components in the order the public page shows them, each with its group's name: groups and
// top-level components by position, a group's components by theirs. Pure, so the dashboard's
// forms can group their fields the way webmasters see the page.

type Positioned = { id: string; name: string; position: number };

export type GroupedComponent<C> = C & { group: string | null };

export function inDisplayOrder<C extends Positioned & { groupId: string | null }>(tree: {
  groups: readonly Positioned[];
  components: readonly C[];
}): GroupedComponent<C>[] {
  const byPosition = (a: Positioned, b: Positioned) => a.position - b.position || a.name.localeCompare(b.name);
  const known = new Set(tree.groups.map((group) => group.id));
  const topLevel = tree.components.filter((component) => component.groupId === null || !known.has(component.groupId));
  const entries: { position: number; name: string; members: GroupedComponent<C>[] }[] = [
    ...tree.groups.map((group) => ({
      position: group.position,
      name: group.name,
      members: tree.components
        .filter((component) => component.groupId === group.id)
        .sort(byPosition)
        .map((component) => ({ ...component, group: group.name })),
    })),
    ...topLevel.map((component) => ({ position: component.position, name: component.name, members: [{ ...component, group: null }] })),
  ];
  return entries.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name)).flatMap((entry) => entry.members);
}
