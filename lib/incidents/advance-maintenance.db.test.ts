import { beforeAll, describe, expect, it } from "vitest";
import { commandLineActor } from "../auth/actor";
import { createComponent } from "../components/create-component";
import { createTestActors, type TestActors } from "../testing/test-actors";
import { NotFoundError } from "../errors";
import { ensurePage } from "../pages/ensure-page";
import { withTestDatabase } from "../testing/with-test-database";
import { advanceMaintenance, MAINTENANCE_COMPLETED, MAINTENANCE_STARTED } from "./advance-maintenance";
import { createIncident } from "./create-incident";
import { scheduleMaintenance } from "./schedule-maintenance";

const db = withTestDatabase();

let actors: TestActors;

beforeAll(async () => {
  const page = await ensurePage();
  actors = await createTestActors(db(), page.id);
});

const HOUR = 3_600_000;
// Each test gets its own window, days apart, so one test's run never reaches another's maintenance
// before that test means it to.
let day = 0;
function nextWindow() {
  day += 1;
  const from = Date.now() + day * 24 * HOUR;
  return { from: new Date(from), until: new Date(from + 2 * HOUR) };
}

const component = async (name: string) => (await createComponent(commandLineActor, { name })).id;
const statusOf = async (id: string) => (await db().component.findUniqueOrThrow({ where: { id } })).status;
const updatesOf = (incidentId: string) =>
  db().incidentUpdate.findMany({ where: { incidentId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { componentChanges: true } });
const ids = (list: { incidentId: string }[]) => list.map((item) => item.incidentId);

describe("scheduleMaintenance", () => {
  it("announces a window without touching component statuses", async () => {
    const api = await component("Scheduled API");
    const { from, until } = nextWindow();
    const result = await scheduleMaintenance(actors.editor, {
      name: "Database upgrade",
      body: "Expect brief read-only periods.",
      scheduledFor: from.toISOString(),
      scheduledUntil: until.toISOString(),
      componentIds: [api],
      deliver_notifications: false,
    });
    expect(result.deliverNotifications).toBe(false);
    const incident = await db().incident.findUniqueOrThrow({ where: { id: result.incidentId }, include: { components: true } });
    expect(incident).toMatchObject({
      kind: "maintenance",
      status: "scheduled",
      impact: "maintenance",
      startedAt: from,
      scheduledFor: from,
      scheduledUntil: until,
      autoStart: true,
      autoComplete: true,
      resolvedAt: null,
    });
    expect(incident.components.map((c) => c.componentId)).toEqual([api]);
    expect(await statusOf(api)).toBe("operational");
    expect(await db().auditLog.count({ where: { action: "maintenance.schedule", targetId: result.incidentId } })).toBe(1);
  });

  it("refuses an end before the start and another page's component", async () => {
    const { from } = nextWindow();
    await expect(
      scheduleMaintenance(commandLineActor, { name: "Backwards", scheduledFor: from.toISOString(), scheduledUntil: from.toISOString() }),
    ).rejects.toMatchObject({ code: "validation", fields: { scheduledUntil: "must be after the start" } });
    const foreign = await db().component.create({ data: { pageId: actors.otherPageId, name: "Theirs" } });
    await expect(
      scheduleMaintenance(commandLineActor, {
        name: "Cross-page",
        scheduledFor: from.toISOString(),
        scheduledUntil: new Date(from.getTime() + HOUR).toISOString(),
        componentIds: [foreign.id],
      }),
    ).rejects.toThrow(new NotFoundError(`Component ${foreign.id} not found`));
  });
});

describe("advanceMaintenance", () => {
  it("starts a due maintenance, then completes it restoring each component's earlier status", async () => {
    const api = await component("Maintained API");
    const slow = await component("Maintained slow service");
    const broken = await component("Broken during maintenance");
    await db().component.update({ where: { id: slow }, data: { status: "degraded_performance" } });
    const { from, until } = nextWindow();
    const { incidentId } = await scheduleMaintenance(commandLineActor, {
      name: "Network work",
      scheduledFor: from.toISOString(),
      scheduledUntil: until.toISOString(),
      componentIds: [api, slow, broken],
    });

    expect(ids((await advanceMaintenance(new Date(from.getTime() - 1))).started)).not.toContain(incidentId);
    expect((await db().incident.findUniqueOrThrow({ where: { id: incidentId } })).status).toBe("scheduled");

    const started = await advanceMaintenance(from);
    expect(started.started).toContainEqual({ incidentId, updateId: expect.any(String), deliverNotifications: true });
    expect(started.failed).toEqual([]);
    const [, startUpdate] = await updatesOf(incidentId);
    expect(startUpdate).toMatchObject({ status: "in_progress", body: MAINTENANCE_STARTED, createdById: null });
    expect(await Promise.all([api, slow, broken].map(statusOf))).toEqual(["under_maintenance", "under_maintenance", "under_maintenance"]);
    expect(await db().componentStatusLog.findMany({ where: { componentId: slow, incidentUpdateId: startUpdate?.id } })).toMatchObject([
      { oldStatus: "degraded_performance", newStatus: "under_maintenance", source: "maintenance", actorUserId: null, actorTokenId: null },
    ]);

    // An incident takes one component down during the window: completion leaves it down.
    await createIncident(actors.editor, { name: "Fibre cut", components: { [broken]: "major_outage" } });

    const completed = await advanceMaintenance(until);
    expect(ids(completed.completed)).toContain(incidentId);
    const incident = await db().incident.findUniqueOrThrow({ where: { id: incidentId } });
    expect(incident.status).toBe("completed");
    expect(incident.resolvedAt).toBeInstanceOf(Date);
    const [, , endUpdate] = await updatesOf(incidentId);
    expect(endUpdate).toMatchObject({ status: "completed", body: MAINTENANCE_COMPLETED });
    expect(endUpdate?.componentChanges.map((c) => [c.componentId, c.oldStatus, c.newStatus]).sort()).toEqual(
      [
        [api, "under_maintenance", "operational"],
        [slow, "under_maintenance", "degraded_performance"],
      ].sort(),
    );
    expect(await Promise.all([api, slow, broken].map(statusOf))).toEqual(["operational", "degraded_performance", "major_outage"]);
    expect(await db().componentStatusLog.count({ where: { incidentUpdateId: endUpdate?.id, source: "maintenance" } })).toBe(2);
    const audit = await db().auditLog.findMany({ where: { targetId: incidentId, actorLabel: "scheduler" } });
    expect(audit.map((entry) => entry.action).sort()).toEqual(["maintenance.complete", "maintenance.start"]);
  });

  it("posts each update once when two runs overlap", async () => {
    const api = await component("Raced API");
    const { from, until } = nextWindow();
    const { incidentId } = await scheduleMaintenance(commandLineActor, {
      name: "Raced",
      scheduledFor: from.toISOString(),
      scheduledUntil: until.toISOString(),
      componentIds: [api],
    });
    const starts = await Promise.all([advanceMaintenance(from), advanceMaintenance(from), advanceMaintenance(from)]);
    expect(starts.flatMap((run) => ids(run.started)).filter((id) => id === incidentId)).toHaveLength(1);
    expect(starts.flatMap((run) => run.failed)).toEqual([]);
    const completions = await Promise.all([advanceMaintenance(until), advanceMaintenance(until)]);
    expect(completions.flatMap((run) => ids(run.completed)).filter((id) => id === incidentId)).toHaveLength(1);
    expect((await updatesOf(incidentId)).map((update) => update.status)).toEqual(["scheduled", "in_progress", "completed"]);
    expect(await db().componentStatusLog.count({ where: { componentId: api } })).toBe(3);
    expect(await statusOf(api)).toBe("operational");

    // Run again later: nothing is left to do for it.
    const later = await advanceMaintenance(new Date(until.getTime() + HOUR));
    expect([...ids(later.started), ...ids(later.completed)]).not.toContain(incidentId);
  });

  it("respects autoStart and autoComplete, and catches up on a window that has passed", async () => {
    const api = await component("Manual API");
    const { from, until } = nextWindow();
    const window = { scheduledFor: from.toISOString(), scheduledUntil: until.toISOString(), componentIds: [api] };
    const manual = await scheduleMaintenance(commandLineActor, { name: "By hand", autoStart: false, ...window });
    const open = await scheduleMaintenance(commandLineActor, { name: "Open-ended", autoComplete: false, ...window });
    const missed = await scheduleMaintenance(commandLineActor, { name: "Missed", ...window, componentIds: [] });

    const run = await advanceMaintenance(new Date(until.getTime() + HOUR));
    expect(ids(run.started)).toEqual(expect.arrayContaining([open.incidentId, missed.incidentId]));
    expect(ids(run.started)).not.toContain(manual.incidentId);
    expect(ids(run.completed)).toContain(missed.incidentId);
    expect(ids(run.completed)).not.toContain(open.incidentId);
    const statuses = await db().incident.findMany({ where: { id: { in: [manual.incidentId, open.incidentId, missed.incidentId] } } });
    expect(Object.fromEntries(statuses.map((row) => [row.name, row.status]))).toEqual({
      "By hand": "scheduled",
      "Open-ended": "in_progress",
      Missed: "completed",
    });
    expect(await statusOf(api)).toBe("under_maintenance");
  });
});
