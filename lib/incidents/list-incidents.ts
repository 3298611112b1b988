import "server-only";
import type { Prisma } from "../../generated/sqlite/client/client.ts";
import { getDb } from "../db";
import type { IncidentKind, IncidentRecord, IncidentStatus } from "./incident-record";

export const incidentSelect = {
  id: true,
  kind: true,
  name: true,
  status: true,
  impact: true,
  startedAt: true,
  monitoringAt: true,
  resolvedAt: true,
  scheduledFor: true,
  scheduledUntil: true,
  postmortemBody: true,
  postmortemPublishedAt: true,
  createdAt: true,
  updatedAt: true,
  components: {
    select: { component: { select: { id: true, name: true, position: true } } },
  },
  updates: {
    orderBy: [{ displayAt: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      incidentId: true,
      status: true,
      body: true,
      displayAt: true,
      deliverNotifications: true,
      editedAt: true,
      createdAt: true,
      updatedAt: true,
      componentChanges: {
        select: { componentId: true, oldStatus: true, newStatus: true, component: { select: { name: true, position: true } } },
      },
    },
  },
} satisfies Prisma.IncidentSelect;

type Row = Awaited<ReturnType<typeof findRows>>[number];

function findRows(where: Prisma.IncidentWhereInput, take?: number, orderBy?: Prisma.IncidentOrderByWithRelationInput[]) {
  return getDb().incident.findMany({
    where,
    take,
    orderBy: orderBy ?? [{ startedAt: "desc" }, { createdAt: "desc" }],
    select: incidentSelect,
  });
}

export function toIncidentRecord(row: Row): IncidentRecord {
  return {
    ...row,
    components: row.components
      .map(({ component }) => component)
      .sort((a, b) => a.position - b.position)
      .map(({ id, name }) => ({ id, name })),
    updates: row.updates.map(({ componentChanges, ...update }) => ({
      ...update,
      componentChanges: componentChanges
        .sort((a, b) => a.component.position - b.component.position)
        .map((change) => ({
          componentId: change.componentId,
          componentName: change.component.name,
          oldStatus: change.oldStatus,
          newStatus: change.newStatus,
        })),
    })),
  };
}

export type ListIncidentsOptions = {
  pageId: string;
  kind?: IncidentKind;
  statuses?: readonly IncidentStatus[];
  // Only incidents that started before this time (for paging back through history).
  startedBefore?: Date;
  startedFrom?: Date;
  limit?: number;
  // Maintenance is usually listed by its window; incidents by when they started.
  orderBy?: "startedAt" | "scheduledFor";
};

/** Incidents or maintenance of a page with their updates (newest first) and components. */
export async function listIncidents(options: ListIncidentsOptions): Promise<IncidentRecord[]> {
  const where: Prisma.IncidentWhereInput = {
    pageId: options.pageId,
    ...(options.kind ? { kind: options.kind } : {}),
    ...(options.statuses ? { status: { in: [...options.statuses] } } : {}),
    ...(options.startedBefore || options.startedFrom
      ? { startedAt: { ...(options.startedBefore ? { lt: options.startedBefore } : {}), ...(options.startedFrom ? { gte: options.startedFrom } : {}) } }
      : {}),
  };
  const orderBy: Prisma.IncidentOrderByWithRelationInput[] =
    options.orderBy === "scheduledFor"
      ? [{ scheduledFor: "asc" }, { startedAt: "asc" }]
      : [{ startedAt: "desc" }, { createdAt: "desc" }];
  const rows = await findRows(where, options.limit, orderBy);
  return rows.map(toIncidentRecord);
}
