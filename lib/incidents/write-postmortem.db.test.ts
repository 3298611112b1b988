import { beforeAll, describe, expect, it } from "vitest";
import { commandLineActor } from "../auth/actor";
import { createComponent } from "../components/create-component";
import { createTestActors, type TestActors } from "../testing/test-actors";
import { NotFoundError } from "../errors";
import { ensurePage } from "../pages/ensure-page";
import { withTestDatabase } from "../testing/with-test-database";
import { createIncident } from "./create-incident";
import { deleteIncident } from "./delete-incident";
import { resolveIncident } from "./resolve-incident";
import { scheduleMaintenance } from "./schedule-maintenance";
import { writePostmortem } from "./write-postmortem";

const db = withTestDatabase();

let actors: TestActors;

beforeAll(async () => {
  const page = await ensurePage();
  actors = await createTestActors(db(), page.id);
});

const incidentRow = (id: string) => db().incident.findUniqueOrThrow({ where: { id } });

describe("writePostmortem", () => {
  it("keeps a draft on an open incident and refuses to publish it there", async () => {
    const { incidentId } = await createIncident(commandLineActor, { name: "Open" });
    const draft = await writePostmortem(actors.editor, { incidentId, body: "Draft notes", publish: false });
    expect(draft).toEqual({ incidentId, status: "investigating", postmortemPublishedAt: null });
    expect(await incidentRow(incidentId)).toMatchObject({ postmortemBody: "Draft notes", status: "investigating" });
    await expect(writePostmortem(actors.editor, { incidentId, body: "Too early", publish: true })).rejects.toMatchObject({
      code: "validation",
      fields: { publish: "needs a resolved incident; resolve it first" },
    });
    expect((await incidentRow(incidentId)).postmortemBody).toBe("Draft notes");
  });

  it("publishes on a resolved incident, keeps the first publication time on edits, and unpublishes", async () => {
    const { incidentId } = await createIncident(commandLineActor, { name: "Done" });
    await resolveIncident(commandLineActor, { incidentId, body: "Fixed." });
    const before = Date.now();
    const published = await writePostmortem(actors.token, { incidentId, body: "# What happened", publish: true });
    expect(published).toMatchObject({ incidentId, status: "postmortem" });
    expect(published.postmortemPublishedAt?.getTime()).toBeGreaterThanOrEqual(before);
    expect(await incidentRow(incidentId)).toMatchObject({
      status: "postmortem",
      postmortemBody: "# What happened",
      postmortemPublishedAt: published.postmortemPublishedAt,
    });

    const edited = await writePostmortem(actors.editor, { incidentId, body: "# What happened, corrected", publish: true });
    expect(edited.postmortemPublishedAt).toEqual(published.postmortemPublishedAt);

    const withdrawn = await writePostmortem(actors.editor, { incidentId, body: "# Back to draft", publish: false });
    expect(withdrawn).toEqual({ incidentId, status: "resolved", postmortemPublishedAt: null });
    const actions = await db().auditLog.findMany({ where: { targetId: incidentId, action: { startsWith: "incident.postmortem" } } });
    expect(actions.map((entry) => entry.action).sort()).toEqual([
      "incident.postmortem.publish",
      "incident.postmortem.publish",
      "incident.postmortem.save",
    ]);
  });

  it("names the bad fields, refuses maintenance and unknown incidents", async () => {
    await expect(writePostmortem(commandLineActor, { incidentId: "x", body: "  ", publish: "yes" as unknown as boolean })).rejects.toMatchObject({
      fields: { body: "must not be empty", publish: "must be true or false" },
    });
    const maintenance = await scheduleMaintenance(commandLineActor, {
      name: "Window",
      scheduledFor: "2030-01-01T00:00:00Z",
      scheduledUntil: "2030-01-01T01:00:00Z",
    });
    await expect(writePostmortem(commandLineActor, { incidentId: maintenance.incidentId, body: "x", publish: false })).rejects.toMatchObject({
      fields: { incidentId: "is maintenance, which has no postmortem" },
    });
    await expect(writePostmortem(commandLineActor, { incidentId: "missing", body: "x", publish: false })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("deleteIncident", () => {
  it("deletes the incident and its updates but keeps component statuses and the status log", async () => {
    const api = await createComponent(commandLineActor, { name: "API" });
    const { incidentId, updateId } = await createIncident(commandLineActor, { name: "Gone", components: { [api.id]: "major_outage" } });
    expect(await deleteIncident(actors.editor, { incidentId })).toEqual({ incidentId });
    expect(await db().incident.count({ where: { id: incidentId } })).toBe(0);
    expect(await db().incidentUpdate.count({ where: { id: updateId } })).toBe(0);
    expect((await db().component.findUniqueOrThrow({ where: { id: api.id } })).status).toBe("major_outage");
    const log = await db().componentStatusLog.findMany({ where: { componentId: api.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(log).toMatchObject([
      { newStatus: "operational", incidentUpdateId: null },
      { newStatus: "major_outage", source: "incident", incidentUpdateId: null },
    ]);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "incident.delete", targetId: incidentId } });
    expect(JSON.parse(audit.details ?? "{}")).toEqual({ kind: "incident", name: "Gone" });
  });

  it("does not delete another page's incident", async () => {
    const foreign = await db().incident.create({ data: { pageId: actors.otherPageId, name: "Theirs", status: "investigating" } });
    await expect(deleteIncident(commandLineActor, { incidentId: foreign.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().incident.count({ where: { id: foreign.id } })).toBe(1);
  });
});
