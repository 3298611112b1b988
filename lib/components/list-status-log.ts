import "server-only";
import { getDb } from "../db";
import type { ComponentStatus } from "./status";

export type StatusLogEntry = { componentId: string; status: ComponentStatus; at: Date };

/**
 * The status history of a page's components from `since` on: for each component the status
 * it had at `since` (its last entry before then, dated `since`), then every change after it,
 * oldest first. This is all the uptime maths needs.
 */
export async function listStatusLog(pageId: string, since: Date): Promise<StatusLogEntry[]> {
  const db = getDb();
  const [components, changes] = await Promise.all([
    db.component.findMany({
      where: { pageId },
      select: {
        id: true,
        statusLog: {
          where: { createdAt: { lt: since } },
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { newStatus: true },
        },
      },
    }),
    db.componentStatusLog.findMany({
      where: { pageId, createdAt: { gte: since } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { componentId: true, newStatus: true, createdAt: true },
    }),
  ]);
  const opening: StatusLogEntry[] = components.flatMap((component) =>
    component.statusLog.map((entry) => ({ componentId: component.id, status: entry.newStatus, at: since })),
  );
  return [
    ...opening,
    ...changes.map((change) => ({ componentId: change.componentId, status: change.newStatus, at: change.createdAt })),
  ];
}
