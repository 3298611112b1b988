import { beforeAll, describe, expect, it } from "vitest";
import { commandLineActor } from "../auth/actor";
import { createComponent } from "../components/create-component";
import { createTestActors, type TestActors } from "../testing/test-actors";
import { NotFoundError } from "../errors";
import { ensurePage } from "../pages/ensure-page";
import { withTestDatabase } from "../testing/with-test-database";
import { createIncident } from "./create-incident";
import { editIncidentUpdate } from "./edit-incident-update";
import { postIncidentUpdate } from "./post-incident-update";
import { resolveIncident } from "./resolve-incident";
import { scheduleMaintenance } from "./schedule-maintenance";

const db = withTestDatabase();

let pageId: string;
let actors: TestActors;

beforeAll(async () => {
  pageId = (await ensurePage()).id;
  actors = await createTestActors(db(), pageId);
});

const component = async (name: string) => (await createComponent(commandLineActor, { name })).id;
const incidentRow = (id: string) => db().incident.findUniqueOrThrow({ where: { id } });
const statusOf = async (id: string) => (await db().component.findUniqueOrThrow({ where: { id } })).status;

describe("postIncidentUpdate", () => {
  it("moves the incident through its lifecycle, recording monitoringAt and resolvedAt, and reopens", async () => {
    const api = await component("API");
    const web = await component("Web");
    const { incidentId } = await createIncident(actors.editor, { name: "Errors", components: { [api]: "major_outage" } });
    const created = await incidentRow(incidentId);

    const identified = await postIncidentUpdate(actors.token, {
      incidentId,
      status: "identified",
      body: "Found it.",
      components: { [api]: "partial_outage", [web]: "degraded_performance" },
      deliver_notifications: false,
    });
    expect(identified).toEqual({ incidentId, updateId: expect.any(String), deliverNotifications: false });
    expect(await db().incidentComponent.count({ where: { incidentId } })).toBe(2);
    const log = await db().componentStatusLog.findMany({ where: { incidentUpdateId: identified.updateId } });
    expect(log.find((row) => row.componentId === api)).toMatchObject({
      oldStatus: "major_outage",
      newStatus: "partial_outage",
      source: "incident",
      actorTokenId: actors.token.id,
    });
    expect(log.find((row) => row.componentId === web)).toMatchObject({ oldStatus: "operational", newStatus: "degraded_performance" });
    expect(log).toHaveLength(2);
    const afterIdentified = await incidentRow(incidentId);
    expect(afterIdentified.updatedAt.getTime()).toBeGreaterThanOrEqual(created.updatedAt.getTime());
    expect(afterIdentified).toMatchObject({ status: "identified", monitoringAt: null, resolvedAt: null });

    await postIncidentUpdate(actors.editor, { incidentId, status: "monitoring", body: "Fix deployed." });
    const monitoringAt = (await incidentRow(incidentId)).monitoringAt;
    expect(monitoringAt).toBeInstanceOf(Date);

    await postIncidentUpdate(actors.editor, { incidentId, status: "resolved", body: "All good.", components: { [api]: "operational" } });
    const resolved = await incidentRow(incidentId);
    expect(resolved.status).toBe("resolved");
    expect(resolved.resolvedAt).toBeInstanceOf(Date);

    await postIncidentUpdate(actors.editor, { incidentId, status: "investigating", body: "It is back." });
    const reopened = await incidentRow(incidentId);
    expect(reopened).toMatchObject({ status: "investigating", resolvedAt: null, monitoringAt });

    await postIncidentUpdate(actors.editor, { incidentId, status: "monitoring", body: "Watching again." });
    expect((await incidentRow(incidentId)).monitoringAt).toEqual(monitoringAt);
    expect(await db().incidentUpdate.count({ where: { incidentId } })).toBe(6);
    const audit = await db().auditLog.findMany({ where: { action: "incident.update.post", targetId: incidentId } });
    expect(audit).toHaveLength(5);
    expect(JSON.parse(audit.find((entry) => entry.actorTokenId === actors.token.id)?.details ?? "{}")).toMatchObject({
      updateId: identified.updateId,
      from: "investigating",
      to: "identified",
    });
  });

  it("queues concurrent updates of one incident: each lands, and a newly named component joins once", async () => {
    const api = await component("Concurrent API");
    const { incidentId } = await createIncident(commandLineActor, { name: "Busy" });
    const statuses = ["identified", "monitoring", "identified", "monitoring"] as const;
    const posts = await Promise.all(
      statuses.map((status, index) =>
        postIncidentUpdate(commandLineActor, { incidentId, status, body: `Update ${index}`, components: { [api]: "partial_outage" } }),
      ),
    );
    expect(new Set(posts.map((post) => post.updateId)).size).toBe(4);
    expect(await db().incidentComponent.count({ where: { incidentId } })).toBe(1);
    expect(await db().incidentUpdateComponentChange.count({ where: { componentId: api } })).toBe(1);
    expect((await incidentRow(incidentId)).monitoringAt).toBeInstanceOf(Date);
  });

  it("keeps a given display time", async () => {
    const { incidentId } = await createIncident(commandLineActor, { name: "Backdated" });
    const { updateId } = await postIncidentUpdate(commandLineActor, {
      incidentId,
      status: "identified",
      body: "Noted late.",
      displayAt: "2026-02-01T10:00:00Z",
    });
    const update = await db().incidentUpdate.findUniqueOrThrow({ where: { id: updateId } });
    expect(update.displayAt).toEqual(new Date("2026-02-01T10:00:00Z"));
  });

  it("refuses a status of the other kind, a postmortem before resolution, and unknown ids", async () => {
    const { incidentId } = await createIncident(commandLineActor, { name: "Strict" });
    await expect(postIncidentUpdate(commandLineActor, { incidentId, status: "in_progress", body: "" })).rejects.toMatchObject({
      code: "validation",
      fields: { status: "must be one of investigating, identified, monitoring, resolved, postmortem for an incident" },
    });
    await expect(postIncidentUpdate(commandLineActor, { incidentId, status: "postmortem", body: "" })).rejects.toMatchObject({
      fields: { status: "must be resolved before postmortem" },
    });
    const maintenance = await scheduleMaintenance(commandLineActor, {
      name: "Window",
      scheduledFor: "2030-01-01T00:00:00Z",
      scheduledUntil: "2030-01-01T02:00:00Z",
    });
    await expect(
      postIncidentUpdate(commandLineActor, { incidentId: maintenance.incidentId, status: "resolved", body: "" }),
    ).rejects.toMatchObject({ fields: { status: "must be one of scheduled, in_progress, verifying, completed for maintenance" } });
    await expect(postIncidentUpdate(commandLineActor, { incidentId: "missing", status: "identified", body: "" })).rejects.toThrow(
      new NotFoundError("Incident missing not found"),
    );
    const foreign = await db().incident.create({ data: { pageId: actors.otherPageId, name: "Theirs", status: "investigating" } });
    await expect(postIncidentUpdate(commandLineActor, { incidentId: foreign.id, status: "resolved", body: "" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const foreignComponent = await db().component.create({ data: { pageId: actors.otherPageId, name: "Theirs" } });
    await expect(
      postIncidentUpdate(commandLineActor, { incidentId, status: "identified", body: "", components: { [foreignComponent.id]: "major_outage" } }),
    ).rejects.toThrow(new NotFoundError(`Component ${foreignComponent.id} not found`));
    expect(await db().incidentUpdate.count({ where: { incidentId } })).toBe(1);
    expect((await incidentRow(foreign.id)).status).toBe("investigating");
  });
});

describe("editIncidentUpdate", () => {
  it("changes the message and display time, sets editedAt, and leaves statuses alone", async () => {
    const api = await component("Edited API");
    const { incidentId, updateId } = await createIncident(commandLineActor, { name: "Typo", body: "Teh API", components: { [api]: "major_outage" } });
    const logCount = await db().componentStatusLog.count({ where: { componentId: api } });
    const edited = await editIncidentUpdate(actors.editor, { incidentId, updateId, body: "The API", displayAt: "2026-02-02T09:30:00Z" });
    expect(edited).toEqual({ incidentId, updateId, editedAt: expect.any(Date) });
    const update = await db().incidentUpdate.findUniqueOrThrow({ where: { id: updateId } });
    expect(update).toMatchObject({ body: "The API", displayAt: new Date("2026-02-02T09:30:00Z"), editedAt: edited.editedAt });
    expect(await statusOf(api)).toBe("major_outage");
    expect(await db().componentStatusLog.count({ where: { componentId: api } })).toBe(logCount);
    expect(await db().incidentUpdateComponentChange.count({ where: { updateId } })).toBe(1);
  });

  it("finds the update only under its own incident and page", async () => {
    const first = await createIncident(commandLineActor, { name: "One" });
    const second = await createIncident(commandLineActor, { name: "Two" });
    await expect(
      editIncidentUpdate(commandLineActor, { incidentId: second.incidentId, updateId: first.updateId, body: "Hijack" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await db().incidentUpdate.findUniqueOrThrow({ where: { id: first.updateId } })).editedAt).toBeNull();
  });
});

describe("resolveIncident", () => {
  it("posts a resolved update and restores affected components as that update's changes", async () => {
    const api = await component("Restored API");
    const web = await component("Restored Web");
    const maintained = await component("Maintained");
    await db().component.update({ where: { id: maintained }, data: { status: "under_maintenance" } });
    const { incidentId } = await createIncident(commandLineActor, {
      name: "Outage",
      components: { [api]: "major_outage", [web]: "degraded_performance" },
      componentIds: [maintained],
    });
    const result = await resolveIncident(actors.editor, { incidentId, body: "Fixed.", restoreComponents: true });
    const changes = await db().incidentUpdateComponentChange.findMany({ where: { updateId: result.updateId } });
    expect(changes.map((c) => [c.componentId, c.oldStatus, c.newStatus]).sort()).toEqual(
      [
        [api, "major_outage", "operational"],
        [web, "degraded_performance", "operational"],
      ].sort(),
    );
    expect(await db().componentStatusLog.count({ where: { incidentUpdateId: result.updateId, source: "incident" } })).toBe(2);
    expect(await statusOf(maintained)).toBe("under_maintenance");
    const incident = await incidentRow(incidentId);
    expect(incident.status).toBe("resolved");
    expect(incident.resolvedAt).toBeInstanceOf(Date);
    expect(await db().auditLog.count({ where: { action: "incident.resolve", targetId: incidentId } })).toBe(1);
  });

  it("leaves components alone unless asked, and refuses maintenance", async () => {
    const api = await component("Kept API");
    const { incidentId } = await createIncident(commandLineActor, { name: "Partial", components: { [api]: "partial_outage" } });
    const result = await resolveIncident(commandLineActor, { incidentId });
    expect(await db().incidentUpdateComponentChange.count({ where: { updateId: result.updateId } })).toBe(0);
    expect(await statusOf(api)).toBe("partial_outage");
    const maintenance = await scheduleMaintenance(commandLineActor, {
      name: "Not an incident",
      scheduledFor: "2030-02-01T00:00:00Z",
      scheduledUntil: "2030-02-01T02:00:00Z",
    });
    await expect(resolveIncident(commandLineActor, { incidentId: maintenance.incidentId })).rejects.toMatchObject({
      fields: { incidentId: "is maintenance, which is completed rather than resolved" },
    });
  });
});
