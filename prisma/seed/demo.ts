import "server-only";
import type { Prisma } from "../../generated/sqlite/client/client.ts";
import type { ComponentStatus, StatusSource } from "../../generated/sqlite/client/enums.ts";
import { getDb, type Tx } from "../../lib/db";
import { ConflictError } from "../../lib/errors";
import { ensurePage } from "../../lib/pages/ensure-page";
import {
  DEMO_EVENTS,
  DEMO_GROUPS,
  DEMO_OUTAGES,
  DEMO_PAGE,
  type DemoEvent,
  type DemoTime,
  HISTORY_DAYS,
} from "./demo-data";

export type SeedDemoOptions = { now?: Date; replace?: boolean };
export type SeedDemoResult = { pageId: string; components: number; incidents: number; maintenance: number };

type LogRow = Prisma.ComponentStatusLogCreateManyInput & { createdAt: Date };
type Context = { tx: Tx; pageId: string; at: (time: DemoTime) => Date; idOf: (component: string) => string };

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export const NOT_EMPTY_MESSAGE =
  "The page already has components or incidents; seed-demo fills an empty page (pass --replace to start over)";

/**
 * Fills the installation's page with a believable demo: groups and components, 90 days of
 * status history, a resolved incident and a completed maintenance. Refuses a page that
 * already has content unless `replace` is set, which first deletes that page's content.
 */
export async function seedDemo(options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const now = options.now ?? new Date();
  const { id: pageId } = await ensurePage();
  const createdAt = new Date(now.getTime() - HISTORY_DAYS * DAY);
  // Events sit at fixed UTC times of day, counted back from the day `now` falls on.
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const at = (time: DemoTime) =>
    new Date(today - time.daysAgo * DAY + (time.hour * 60 + time.minute) * MINUTE);

  // One interactive transaction: the emptiness check and every write commit together, so a
  // failure (or a concurrent seed) never leaves a half-filled page.
  return getDb().$transaction(
    async (tx) => {
      await clearOrRefuse(tx, pageId, options.replace === true);
      await tx.page.update({ where: { id: pageId }, data: DEMO_PAGE });
      const ids = await createComponents(tx, pageId, createdAt);
      const idOf = (name: string) => {
        const id = ids.get(name);
        if (!id) throw new Error(`demo data names an unknown component: ${name}`);
        return id;
      };
      const context: Context = { tx, pageId, at, idOf };

      const log: LogRow[] = [...ids.values()].map((componentId) => ({
        pageId,
        componentId,
        oldStatus: null,
        newStatus: "operational",
        source: "manual",
        createdAt,
      }));
      for (const outage of DEMO_OUTAGES) {
        const start = at(outage.at);
        const end = new Date(start.getTime() + outage.minutes * MINUTE);
        const row = { pageId, componentId: idOf(outage.component), source: "manual" } as const;
        log.push({ ...row, oldStatus: "operational", newStatus: outage.status, createdAt: start });
        log.push({ ...row, oldStatus: outage.status, newStatus: "operational", createdAt: end });
      }
      for (const event of DEMO_EVENTS) log.push(...(await createEvent(context, event)));
      log.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
      await tx.componentStatusLog.createMany({ data: log });

      const count = (kind: string) => DEMO_EVENTS.filter((event) => event.kind === kind).length;
      return { pageId, components: ids.size, incidents: count("incident"), maintenance: count("maintenance") };
    },
    // Well under a second normally; the default 5 s is tight on a busy CI machine.
    { timeout: 30_000 },
  );
}

async function clearOrRefuse(tx: Tx, pageId: string, replace: boolean): Promise<void> {
  if (!replace) {
    const components = await tx.component.count({ where: { pageId } });
    const groups = await tx.componentGroup.count({ where: { pageId } });
    const incidents = await tx.incident.count({ where: { pageId } });
    if (components + groups + incidents > 0) throw new ConflictError(NOT_EMPTY_MESSAGE);
    return;
  }
  // Children first, so the result does not depend on the database enforcing cascades.
  const ofPage = { incident: { pageId } };
  await tx.componentStatusLog.deleteMany({ where: { pageId } });
  await tx.incidentUpdateComponentChange.deleteMany({ where: { update: ofPage } });
  await tx.incidentComponent.deleteMany({ where: ofPage });
  await tx.incidentUpdate.deleteMany({ where: ofPage });
  await tx.incident.deleteMany({ where: { pageId } });
  await tx.component.deleteMany({ where: { pageId } });
  await tx.componentGroup.deleteMany({ where: { pageId } });
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What seed-demo prints: each kind counted apart (issue 9: it said "2 incidents" for one of each). */
export function describeSeedResult(result: SeedDemoResult): string {
  const parts = [
    counted(result.components, "component", "components"),
    counted(result.incidents, "incident", "incidents"),
    counted(result.maintenance, "maintenance window", "maintenance windows"),
  ];
  return `Seeded the demo page: ${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** Creates the groups and components in order; returns component ids by name. */
async function createComponents(tx: Tx, pageId: string, createdAt: Date): Promise<Map<string, string>> {
  const rows: Prisma.ComponentCreateManyInput[] = [];
  for (const [position, group] of DEMO_GROUPS.entries()) {
    const { id: groupId } = await tx.componentGroup.create({
      data: { pageId, name: group.name, description: group.description, position, createdAt, updatedAt: createdAt },
      select: { id: true },
    });
    for (const component of group.components) {
      // Positions run across the whole page, so they also order components within a group.
      rows.push({ pageId, groupId, ...component, position: rows.length, createdAt, updatedAt: createdAt });
    }
  }
  const created = await tx.component.createManyAndReturn({ data: rows, select: { id: true, name: true } });
  return new Map(created.map((component) => [component.name, component.id]));
}

/** Writes an incident or maintenance with its timeline; returns the status log rows it implies. */
async function createEvent({ tx, pageId, at, idOf }: Context, event: DemoEvent): Promise<LogRow[]> {
  const start = at(event.start);
  const timeOf = (minutes: number) => new Date(start.getTime() + minutes * MINUTE);
  const first = event.updates[0];
  const last = event.updates.at(-1);
  if (!first || !last) throw new Error(`demo event "${event.name}" has no updates`);
  const monitoring = event.updates.find((update) => update.status === "monitoring");
  const window = event.windowMinutes;

  const incident = await tx.incident.create({
    data: {
      pageId,
      kind: event.kind,
      name: event.name,
      status: last.status,
      impact: event.impact,
      startedAt: start,
      monitoringAt: monitoring ? timeOf(monitoring.minutes) : null,
      resolvedAt: timeOf(last.minutes),
      scheduledFor: window === undefined ? null : start,
      scheduledUntil: window === undefined ? null : timeOf(window),
      createdAt: timeOf(first.minutes),
      updatedAt: timeOf(last.minutes),
      components: { create: event.components.map((name) => ({ componentId: idOf(name) })) },
    },
    select: { id: true },
  });

  const source: StatusSource = event.kind === "incident" ? "incident" : "maintenance";
  const current = new Map<string, ComponentStatus>();
  const log: LogRow[] = [];
  for (const update of event.updates) {
    const displayAt = timeOf(update.minutes);
    const changes = (update.changes ?? []).map((change) => {
      const componentId = idOf(change.component);
      const oldStatus = current.get(componentId) ?? "operational";
      current.set(componentId, change.to);
      return { componentId, oldStatus, newStatus: change.to };
    });
    const { id: incidentUpdateId } = await tx.incidentUpdate.create({
      data: {
        incidentId: incident.id,
        status: update.status,
        body: update.body,
        displayAt,
        // Seeded history is not news: nothing about it should ever be sent to subscribers.
        deliverNotifications: false,
        createdAt: displayAt,
        updatedAt: displayAt,
        componentChanges: { create: changes },
      },
      select: { id: true },
    });
    for (const change of changes) {
      log.push({ pageId, ...change, source, incidentUpdateId, createdAt: displayAt });
    }
  }
  return log;
}
