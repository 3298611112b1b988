import "server-only";
import type { Tx } from "../db";
import { NotFoundError } from "../errors";

// Groups and ungrouped components share the top level's positions (the public page interleaves
// them); each group orders its own components.

/** The position after the last entry of a level: the top level when groupId is null. */
export async function nextPosition(tx: Tx, pageId: string, groupId: string | null): Promise<number> {
  const [components, groups] = await Promise.all([
    tx.component.aggregate({ where: { pageId, groupId }, _max: { position: true } }),
    groupId === null
      ? tx.componentGroup.aggregate({ where: { pageId }, _max: { position: true } })
      : Promise.resolve({ _max: { position: null } }),
  ]);
  const last = Math.max(components._max.position ?? -1, groups._max.position ?? -1);
  return last + 1;
}

/** Throws NotFoundError unless the group belongs to the page. */
export async function assertGroupOfPage(tx: Tx, pageId: string, groupId: string): Promise<void> {
  const group = await tx.componentGroup.findFirst({ where: { id: groupId, pageId }, select: { id: true } });
  if (!group) throw new NotFoundError(`Component group ${groupId} not found`);
}
