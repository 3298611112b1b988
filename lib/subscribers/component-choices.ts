import "server-only";
import type { Tx } from "../db";
import { listComponents } from "../components/list-components";
import { ValidationError } from "../errors";

// The components a visitor may pick: those the public page lists (showcase), grouped and
// ordered as it shows them. Hidden ones are internal, so they are neither offered nor accepted.

export type ComponentChoice = { id: string; name: string };

export type ComponentChoiceSection = { group: { id: string; name: string } | null; components: ComponentChoice[] };

export async function listComponentChoices(pageId: string): Promise<ComponentChoiceSection[]> {
  const { groups, components } = await listComponents(pageId);
  const visible = components.filter((component) => component.showcase);
  const pick = ({ id, name }: ComponentChoice) => ({ id, name });
  const sections = [
    ...groups.map((group) => ({
      position: group.position,
      group: { id: group.id, name: group.name },
      components: visible.filter((component) => component.groupId === group.id).map(pick),
    })),
    ...visible
      .filter((component) => component.groupId === null)
      .map((component) => ({ position: component.position, group: null, components: [pick(component)] })),
  ];
  return sections
    .filter((section) => section.components.length > 0)
    .sort((a, b) => a.position - b.position)
    .map(({ group, components: list }) => ({ group, components: list }));
}

/**
 * The distinct chosen ids, checked to be offered components of this page (a form may be stale:
 * a component deleted meanwhile gets a message, not a foreign-key failure).
 */
export async function checkComponentChoice(tx: Tx, pageId: string, componentIds: readonly string[]): Promise<string[]> {
  const wanted = [...new Set(componentIds)];
  if (wanted.length === 0) return [];
  const found = await tx.component.findMany({
    where: { pageId, id: { in: wanted }, showcase: true },
    select: { id: true },
  });
  if (found.length !== wanted.length) {
    throw new ValidationError("Some chosen components no longer exist.", {
      componentIds: "Some of the chosen components no longer exist; please choose again.",
    });
  }
  return wanted;
}

/** Replaces a subscriber's component list with `componentIds` (empty for "everything"). */
export async function replaceSubscriberComponents(tx: Tx, subscriberId: string, componentIds: readonly string[]): Promise<void> {
  await tx.subscriberComponent.deleteMany({ where: { subscriberId } });
  if (componentIds.length > 0) {
    await tx.subscriberComponent.createMany({ data: componentIds.map((componentId) => ({ subscriberId, componentId })) });
  }
}
