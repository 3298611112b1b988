import type { Db } from "../../db";
import { DEFAULT_PAGE_ID } from "../../pages/default-page";

// One page with every case the v2 JSON and the feeds must tell apart. Rows are created out of
// display order so that ordering comes from the code, not from insertion order.

export const BASE_URL = "https://status.example.test";
export const NASTY_TITLE = `Login <script>&"quoted"</script> failure`;

const hour = 3_600_000;
const T = Date.parse("2026-03-01T12:00:00.000Z");
const at = (hours: number) => new Date(T + hours * hour);

export type SeededPage = Awaited<ReturnType<typeof seedStatusPage>>;

export async function seedStatusPage(db: Db) {
  const pageId = DEFAULT_PAGE_ID;
  await db.page.create({ data: { id: pageId, name: "Acme", timeZone: "Europe/Paris" } });
  const group = await db.componentGroup.create({ data: { pageId, name: "Platform", position: 2 } });
  const api = await db.component.create({
    data: { pageId, groupId: group.id, name: "API", position: 2, status: "partial_outage" },
  });
  const database = await db.component.create({
    data: { pageId, groupId: group.id, name: "Database", position: 1, status: "under_maintenance", showcase: false },
  });
  const website = await db.component.create({
    data: { pageId, name: "Website", position: 1, startDate: new Date("2025-06-15T00:00:00.000Z"), onlyShowIfDegraded: true },
  });

  const unresolved = await db.incident.create({
    data: {
      pageId,
      name: "Slow API responses",
      status: "identified",
      impact: "minor",
      startedAt: at(-2),
      components: { create: [{ componentId: api.id }] },
      updates: {
        create: [
          { status: "investigating", body: "We are looking into **slow** responses.", displayAt: at(-2), createdAt: at(-2) },
          {
            status: "identified",
            body: "A bad deploy; rolling back.",
            displayAt: at(-1),
            createdAt: at(-1),
            deliverNotifications: false,
            componentChanges: { create: [{ componentId: api.id, oldStatus: "operational", newStatus: "partial_outage" }] },
          },
        ],
      },
    },
  });
  const resolved = await db.incident.create({
    data: {
      pageId,
      name: NASTY_TITLE,
      status: "resolved",
      impact: "major",
      startedAt: at(-72),
      monitoringAt: at(-71),
      resolvedAt: at(-70),
      updates: { create: [{ status: "resolved", body: `Fixed <b>it</b> & "done".`, displayAt: at(-70) }] },
    },
  });
  const maintenance = (name: string, status: "scheduled" | "in_progress" | "completed", from: number) =>
    db.incident.create({
      data: {
        pageId,
        kind: "maintenance",
        name,
        status,
        impact: "maintenance",
        startedAt: at(from),
        scheduledFor: at(from),
        scheduledUntil: at(from + 2),
        updates: { create: [{ status, body: `${name}: ${status}`, displayAt: at(from) }] },
      },
    });
  const upcoming = await maintenance("Router upgrade", "scheduled", 24);
  const completed = await maintenance("Disk replacement", "completed", -168);
  const active = await maintenance("Database upgrade", "in_progress", -0.5);
  await db.incidentComponent.create({ data: { incidentId: active.id, componentId: database.id } });

  return {
    pageId,
    groupId: group.id,
    apiId: api.id,
    databaseId: database.id,
    websiteId: website.id,
    unresolvedId: unresolved.id,
    resolvedId: resolved.id,
    upcomingId: upcoming.id,
    activeId: active.id,
    completedId: completed.id,
  };
}
