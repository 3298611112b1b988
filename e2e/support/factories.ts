import { DEFAULT_PAGE_ID } from "../../lib/pages/default-page";
import type { ComponentStatus } from "../../lib/components/status";
import type { Impact, IncidentStatus } from "../../lib/incidents/incident-record";
import type { Db } from "../../lib/database/client";
import { e2eDb, uniqueName } from "./db";

// Rows a test needs, written straight to the server's database and named uniquely, so tests
// running side by side on the one page never depend on each other's data. Each takes another
// Beacon's database as its last argument (a spec's own Beacon); the suite's server's by default.

const MINUTE = 60_000;

export async function createComponent(options: { name?: string; status?: ComponentStatus; groupId?: string } = {}, db: Db = e2eDb()) {
  const name = options.name ?? uniqueName("Component");
  const createdAt = new Date(Date.now() - 3 * 86_400_000);
  const component = await db.component.create({
    data: { pageId: DEFAULT_PAGE_ID, name, status: options.status ?? "operational", groupId: options.groupId, position: 1000, createdAt },
  });
  await db.componentStatusLog.create({
    data: { pageId: DEFAULT_PAGE_ID, componentId: component.id, newStatus: "operational", source: "manual", createdAt },
  });
  if (options.status && options.status !== "operational") {
    await db.componentStatusLog.create({
      data: { pageId: DEFAULT_PAGE_ID, componentId: component.id, oldStatus: "operational", newStatus: options.status, source: "manual" },
    });
  }
  return component;
}

export async function createGroup(name = uniqueName("Group"), db: Db = e2eDb()) {
  return db.componentGroup.create({ data: { pageId: DEFAULT_PAGE_ID, name, position: 1000 } });
}

type UpdateInput = { status: IncidentStatus; body: string; minutesAgo: number };

export async function createIncident(options: {
  name?: string;
  kind?: "incident" | "maintenance";
  status: IncidentStatus;
  impact?: Impact;
  componentIds?: string[];
  startedMinutesAgo: number;
  resolvedMinutesAgo?: number;
  window?: { startsInMinutes: number; minutes: number };
  updates: UpdateInput[];
}, db: Db = e2eDb()) {
  const now = Date.now();
  const scheduledFor = options.window ? new Date(now + options.window.startsInMinutes * MINUTE) : null;
  return db.incident.create({
    data: {
      pageId: DEFAULT_PAGE_ID,
      kind: options.kind ?? "incident",
      name: options.name ?? uniqueName("Incident"),
      status: options.status,
      impact: options.impact ?? (options.kind === "maintenance" ? "maintenance" : "major"),
      startedAt: scheduledFor ?? new Date(now - options.startedMinutesAgo * MINUTE),
      resolvedAt: options.resolvedMinutesAgo === undefined ? null : new Date(now - options.resolvedMinutesAgo * MINUTE),
      scheduledFor,
      scheduledUntil: options.window && scheduledFor ? new Date(scheduledFor.getTime() + options.window.minutes * MINUTE) : null,
      components: { create: (options.componentIds ?? []).map((componentId) => ({ componentId })) },
      updates: {
        create: options.updates.map((update) => ({
          status: update.status,
          body: update.body,
          displayAt: new Date(now - update.minutesAgo * MINUTE),
        })),
      },
    },
  });
}

export async function deleteRows(ids: { incidents?: string[]; components?: string[]; groups?: string[] }, db: Db = e2eDb()) {
  if (ids.incidents?.length) await db.incident.deleteMany({ where: { id: { in: ids.incidents } } });
  if (ids.components?.length) await db.component.deleteMany({ where: { id: { in: ids.components } } });
  if (ids.groups?.length) await db.componentGroup.deleteMany({ where: { id: { in: ids.groups } } });
}
