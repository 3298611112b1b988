import { beforeAll, describe, expect, it } from "vitest";
import { ConflictError } from "../../lib/errors";
import { withTestDatabase } from "../../lib/testing/with-test-database";
import { DEMO_GROUPS, DEMO_OUTAGES } from "./demo-data";
import { describeSeedResult, seedDemo } from "./demo";

const db = withTestDatabase();

const NOW = new Date("2026-03-15T10:30:00Z");
const DAY = 24 * 60 * 60 * 1000;
const MINUTE = 60 * 1000;
const COMPONENT_NAMES = DEMO_GROUPS.flatMap((group) => group.components.map((component) => component.name));

async function counts() {
  return {
    groups: await db().componentGroup.count(),
    components: await db().component.count(),
    log: await db().componentStatusLog.count(),
    incidents: await db().incident.count(),
    updates: await db().incidentUpdate.count(),
    affected: await db().incidentComponent.count(),
    changes: await db().incidentUpdateComponentChange.count(),
  };
}

function loadEvent(name: string) {
  return db().incident.findFirstOrThrow({
    where: { name },
    include: {
      components: { select: { component: { select: { name: true } } } },
      updates: {
        orderBy: { displayAt: "asc" },
        include: { componentChanges: { include: { component: { select: { name: true } } } } },
      },
    },
  });
}

describe("seedDemo", () => {
  beforeAll(async () => {
    // Another page's content must survive both the seed and a replace.
    await db().page.create({
      data: { id: "other", name: "Other", components: { create: { name: "Untouched" } } },
    });
    expect(await seedDemo({ now: NOW })).toEqual({ pageId: "beacon", components: 8, incidents: 1, maintenance: 1 });
  });

  it("sets the page's settings", async () => {
    const page = await db().page.findUniqueOrThrow({ where: { id: "beacon" } });
    expect(page).toMatchObject({ name: "Acme Status", timeZone: "Europe/Berlin" });
    expect(page.siteUrl).toMatch(/^https:\/\//);
    expect(page.supportContact).toBeTruthy();
  });

  it("creates the groups and components in order, all operational", async () => {
    const groups = await db().componentGroup.findMany({
      where: { pageId: "beacon" },
      orderBy: { position: "asc" },
      include: { components: { orderBy: { position: "asc" } } },
    });
    expect(groups.map((group) => group.name)).toEqual(["Website", "API", "Checkout", "Email"]);
    expect(groups.flatMap((group) => group.components.map((c) => c.name))).toEqual(COMPONENT_NAMES);

    const components = await db().component.findMany({ where: { pageId: "beacon" }, orderBy: { position: "asc" } });
    expect(components.map((c) => c.name)).toEqual(COMPONENT_NAMES);
    for (const component of components) {
      expect(component.status).toBe("operational");
      expect(component.description).toBeTruthy();
      expect(component.groupId).not.toBeNull();
    }
  });

  it("gives every component a consistent status log starting 90 days ago", async () => {
    const components = await db().component.findMany({
      where: { pageId: "beacon" },
      include: { statusLog: { orderBy: { createdAt: "asc" } } },
    });
    for (const component of components) {
      const [first, ...rest] = component.statusLog;
      expect(first).toMatchObject({ oldStatus: null, newStatus: "operational", source: "manual" });
      expect(first?.createdAt.getTime()).toBe(NOW.getTime() - 90 * DAY);
      // Each change starts from the status the previous one left, and ends where the component is.
      let status = first?.newStatus;
      for (const row of rest) {
        expect(row.oldStatus, component.name).toBe(status);
        expect(row.createdAt.getTime()).toBeLessThan(NOW.getTime());
        status = row.newStatus;
      }
      expect(status).toBe(component.status);
    }
  });

  it("logs the short outages set by hand, each into a bad status and back", async () => {
    const rows = await db().componentStatusLog.findMany({
      where: { pageId: "beacon", source: "manual", oldStatus: { not: null } },
      orderBy: { createdAt: "asc" },
      include: { component: { select: { name: true } } },
    });
    expect(rows).toHaveLength(2 * DEMO_OUTAGES.length);
    expect(DEMO_OUTAGES.length).toBeGreaterThanOrEqual(4);
    const into = rows.filter((row) => row.newStatus !== "operational");
    expect(new Set(into.map((row) => row.newStatus))).toEqual(
      new Set(["degraded_performance", "partial_outage", "major_outage"]),
    );
    for (const start of into) {
      const end = rows.find(
        (row) => row.componentId === start.componentId && row.oldStatus === start.newStatus && row.createdAt > start.createdAt,
      );
      expect(end?.newStatus).toBe("operational");
      const minutes = ((end?.createdAt.getTime() ?? 0) - start.createdAt.getTime()) / MINUTE;
      expect(minutes).toBeGreaterThanOrEqual(10);
      expect(minutes).toBeLessThanOrEqual(90);
    }
  });

  it("writes the resolved 502 incident with its full timeline", async () => {
    const incident = await loadEvent("502 Bad Gateway on checkout");
    expect(incident).toMatchObject({ kind: "incident", impact: "major", status: "resolved", scheduledFor: null });
    expect(incident.updates.map((update) => update.status)).toEqual([
      "investigating",
      "identified",
      "monitoring",
      "resolved",
    ]);
    const [first, , monitoring, last] = incident.updates;
    expect(first?.displayAt).toEqual(incident.startedAt);
    expect(monitoring?.displayAt).toEqual(incident.monitoringAt);
    expect(last?.displayAt).toEqual(incident.resolvedAt);
    expect(incident.resolvedAt!.getTime()).toBeGreaterThan(incident.startedAt.getTime());
    expect(NOW.getTime() - incident.startedAt.getTime()).toBeGreaterThan(DAY);
    expect(NOW.getTime() - incident.startedAt.getTime()).toBeLessThan(7 * DAY);
    expect(first?.body).toContain("502");

    expect(incident.components.map((c) => c.component.name).sort()).toEqual(["Cart", "Payments"]);
    const changesOf = (update: typeof first) =>
      update?.componentChanges.map((c) => [c.component.name, c.oldStatus, c.newStatus]).sort();
    expect(changesOf(first)).toEqual([
      ["Cart", "operational", "partial_outage"],
      ["Payments", "operational", "major_outage"],
    ]);
    expect(changesOf(last)).toEqual([
      ["Cart", "partial_outage", "operational"],
      ["Payments", "major_outage", "operational"],
    ]);
    expect(incident.updates[1]?.componentChanges).toEqual([]);

    const log = await db().componentStatusLog.findMany({ where: { source: "incident" } });
    expect(log).toHaveLength(4);
    for (const row of log) {
      const update = incident.updates.find((u) => u.id === row.incidentUpdateId);
      expect(update === first || update === last).toBe(true);
      expect(row.createdAt).toEqual(update?.displayAt);
    }
  });

  it("writes the completed maintenance with its window", async () => {
    const maintenance = await loadEvent("Database upgrade");
    expect(maintenance).toMatchObject({ kind: "maintenance", impact: "maintenance", status: "completed" });
    const { scheduledFor, scheduledUntil, resolvedAt } = maintenance;
    expect(scheduledFor!.getTime()).toBeLessThan(scheduledUntil!.getTime());
    expect(scheduledUntil!.getTime()).toBeLessThan(NOW.getTime() - 7 * DAY);
    expect(maintenance.updates.map((update) => update.status)).toEqual(["scheduled", "in_progress", "completed"]);
    const [announced, started, completed] = maintenance.updates;
    expect(announced!.displayAt.getTime()).toBeLessThan(scheduledFor!.getTime());
    expect(started?.displayAt).toEqual(scheduledFor);
    expect(completed?.displayAt).toEqual(resolvedAt);
    expect(resolvedAt!.getTime()).toBeLessThanOrEqual(scheduledUntil!.getTime());
    expect(started?.componentChanges.map((c) => c.newStatus)).toEqual(["under_maintenance", "under_maintenance"]);
    expect(completed?.componentChanges.map((c) => [c.oldStatus, c.newStatus])).toEqual([
      ["under_maintenance", "operational"],
      ["under_maintenance", "operational"],
    ]);

    const log = await db().componentStatusLog.findMany({ where: { source: "maintenance" } });
    expect(log).toHaveLength(4);
    expect(log.every((row) => row.incidentUpdateId === started?.id || row.incidentUpdateId === completed?.id)).toBe(true);
  });

  it("refuses a page that already has content, changing nothing", async () => {
    const before = await counts();
    await expect(seedDemo({ now: NOW })).rejects.toBeInstanceOf(ConflictError);
    await expect(seedDemo({ now: NOW })).rejects.toThrow(/--replace/);
    expect(await counts()).toEqual(before);
  });

  it("starts over with replace, without duplicating rows or touching other pages", async () => {
    const before = await counts();
    const oldIds = (await db().component.findMany({ where: { pageId: "beacon" } })).map((c) => c.id);
    expect(await seedDemo({ now: NOW, replace: true })).toEqual({ pageId: "beacon", components: 8, incidents: 1, maintenance: 1 });
    expect(await counts()).toEqual(before);
    const newIds = (await db().component.findMany({ where: { pageId: "beacon" } })).map((c) => c.id);
    expect(newIds.filter((id) => oldIds.includes(id))).toEqual([]);
    expect(await db().component.findMany({ where: { pageId: "other" } })).toHaveLength(1);
  });
});

describe("the summary seed-demo prints", () => {
  // Regression (issue 9): seed-demo said "2 incidents" for one incident and one maintenance.
  it("counts incidents and maintenance apart", () => {
    expect(describeSeedResult({ pageId: "beacon", components: 8, incidents: 1, maintenance: 1 })).toBe(
      "Seeded the demo page: 8 components, 1 incident and 1 maintenance window",
    );
    expect(describeSeedResult({ pageId: "beacon", components: 1, incidents: 2, maintenance: 0 })).toBe(
      "Seeded the demo page: 1 component, 2 incidents and 0 maintenance windows",
    );
  });
});
