import "server-only";
import { getDb } from "../db";
import { type ComponentSummary, componentSummarySelect } from "./component-summary";

// A summary plus what the public page needs for uptime (when counting starts).
export type ComponentRecord = ComponentSummary & { startDate: Date | null; createdAt: Date };

export type ComponentGroupRecord = {
  id: string;
  name: string;
  description: string | null;
  position: number;
  createdAt: Date;
  updatedAt: Date;
};

export type ComponentTree = { groups: ComponentGroupRecord[]; components: ComponentRecord[] };

const order = [{ position: "asc" as const }, { name: "asc" as const }];

/** Every group and component of a page, each list in display order. */
export async function listComponents(pageId: string): Promise<ComponentTree> {
  const db = getDb();
  const [groups, components] = await Promise.all([
    db.componentGroup.findMany({
      where: { pageId },
      orderBy: order,
      select: { id: true, name: true, description: true, position: true, createdAt: true, updatedAt: true },
    }),
    db.component.findMany({
      where: { pageId },
      orderBy: order,
      select: { ...componentSummarySelect, startDate: true, createdAt: true },
    }),
  ]);
  return { groups, components };
}
