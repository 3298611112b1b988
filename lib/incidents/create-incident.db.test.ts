import { beforeAll, describe, expect, it } from "vitest";
import { commandLineActor } from "../auth/actor";
import { createComponent } from "../components/create-component";
import { createTestActors, type TestActors } from "../testing/test-actors";
import { NotFoundError } from "../errors";
import { ensurePage } from "../pages/ensure-page";
import { withTestDatabase } from "../testing/with-test-database";
import { createIncident } from "./create-incident";
import { getIncident } from "./get-incident";

const db = withTestDatabase();

let pageId: string;
let actors: TestActors;

beforeAll(async () => {
  pageId = (await ensurePage()).id;
  actors = await createTestActors(db(), pageId);
});

const component = async (name: string) => (await createComponent(commandLineActor, { name })).id;

describe("createIncident", () => {
  it("writes the incident, its first update, affected components and logged status changes together", async () => {
    const [api, web, db1] = [await component("API"), await component("Web"), await component("DB")];
    const before = Date.now();
    const result = await createIncident(actors.editor, {
      name: "  Slow API  ",
      body: "We are **looking** into it.",
      components: { [api]: "partial_outage", [web]: "degraded_performance" },
      componentIds: [db1],
    });
    expect(result).toEqual({ incidentId: expect.any(String), updateId: expect.any(String), deliverNotifications: true });

    const incident = await getIncident(pageId, result.incidentId);
    expect(incident).toMatchObject({
      kind: "incident",
      name: "Slow API",
      status: "investigating",
      impact: "major", // from the worst status set: partial_outage
      monitoringAt: null,
      resolvedAt: null,
    });
    expect(incident?.startedAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(incident?.components.map((c) => c.name)).toEqual(["API", "Web", "DB"]);
    expect(incident?.updates).toHaveLength(1);
    expect(incident?.updates[0]).toMatchObject({ id: result.updateId, status: "investigating", body: "We are **looking** into it." });
    expect(incident?.updates[0]?.componentChanges).toEqual([
      { componentId: api, componentName: "API", oldStatus: "operational", newStatus: "partial_outage" },
      { componentId: web, componentName: "Web", oldStatus: "operational", newStatus: "degraded_performance" },
    ]);

    const update = await db().incidentUpdate.findUniqueOrThrow({ where: { id: result.updateId } });
    expect(update).toMatchObject({ createdById: actors.editor.id, createdByTokenId: null, deliverNotifications: true });
    const log = await db().componentStatusLog.findMany({ where: { incidentUpdateId: result.updateId } });
    expect(log).toHaveLength(2);
    expect(log.find((row) => row.componentId === api)).toMatchObject({
      pageId,
      oldStatus: "operational",
      newStatus: "partial_outage",
      source: "incident",
      actorUserId: actors.editor.id,
    });
    expect(await db().component.findUniqueOrThrow({ where: { id: db1 } })).toMatchObject({ status: "operational" });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "incident.create", targetId: result.incidentId } });
    expect(audit.actorUserId).toBe(actors.editor.id);
  });

  it("takes Statuspage's fields: explicit impact, an earlier start, a resolved state, notifications off", async () => {
    const startedAt = "2026-01-10T08:00:00+01:00";
    const result = await createIncident(actors.token, {
      name: "Backfilled outage",
      status: "resolved",
      impact: "minor",
      startedAt,
      deliver_notifications: false,
    });
    expect(result.deliverNotifications).toBe(false);
    const incident = await db().incident.findUniqueOrThrow({ where: { id: result.incidentId } });
    expect(incident).toMatchObject({ status: "resolved", impact: "minor", startedAt: new Date("2026-01-10T07:00:00Z"), monitoringAt: null });
    expect(incident.resolvedAt).toBeInstanceOf(Date);
    const update = await db().incidentUpdate.findUniqueOrThrow({ where: { id: result.updateId } });
    expect(update).toMatchObject({ body: "", deliverNotifications: false, createdByTokenId: actors.token.id });

    const monitoring = await createIncident(commandLineActor, { name: "Watching", status: "monitoring" });
    const watched = await db().incident.findUniqueOrThrow({ where: { id: monitoring.incidentId } });
    expect(watched.monitoringAt).toBeInstanceOf(Date);
    expect(watched).toMatchObject({ impact: "none", resolvedAt: null });
  });

  it("logs a token's changes as caused by the incident, and skips a component already in that status", async () => {
    const api = await component("Token API");
    await db().component.update({ where: { id: api }, data: { status: "major_outage" } });
    const cdn = await component("Token CDN");
    const result = await createIncident(actors.token, { name: "Edge", components: { [api]: "major_outage", [cdn]: "major_outage" } });
    const changes = await db().incidentUpdateComponentChange.findMany({ where: { updateId: result.updateId } });
    expect(changes).toMatchObject([{ componentId: cdn, oldStatus: "operational", newStatus: "major_outage" }]);
    expect(await db().componentStatusLog.findMany({ where: { incidentUpdateId: result.updateId } })).toMatchObject([
      { componentId: cdn, source: "incident", actorTokenId: actors.token.id, actorUserId: null },
    ]);
    expect(await db().incidentComponent.count({ where: { incidentId: result.incidentId } })).toBe(2);
  });

  it("refuses a component of another page and writes nothing", async () => {
    const mine = await component("Mine");
    const foreign = await db().component.create({ data: { pageId: actors.otherPageId, name: "Theirs" } });
    const count = await db().incident.count();
    await expect(
      createIncident(commandLineActor, { name: "Cross-page", components: { [mine]: "major_outage" }, componentIds: [foreign.id] }),
    ).rejects.toThrow(new NotFoundError(`Component ${foreign.id} not found`));
    expect(await db().incident.count()).toBe(count);
    expect(await db().component.findUniqueOrThrow({ where: { id: mine } })).toMatchObject({ status: "operational" });
  });

  it("names each bad field", async () => {
    const api = await component("Validated");
    const future = new Date(Date.now() + 3_600_000).toISOString();
    await expect(
      createIncident(commandLineActor, {
        name: " ",
        status: "scheduled" as "investigating",
        components: { [api]: "on_fire" as "operational" },
        startedAt: future,
        deliver_notifications: "yes" as unknown as boolean,
      }),
    ).rejects.toMatchObject({
      code: "validation",
      fields: {
        name: "must not be empty",
        status: "must be one of investigating, identified, monitoring, resolved",
        [`components.${api}`]: expect.stringContaining("must be one of operational"),
        startedAt: "must not be in the future",
        deliver_notifications: expect.any(String),
      },
    });
    await expect(createIncident(commandLineActor, { name: "Bad date", startedAt: "yesterday" })).rejects.toMatchObject({
      fields: { startedAt: "must be a date and time such as 2026-03-01T12:00:00Z" },
    });
  });
});
