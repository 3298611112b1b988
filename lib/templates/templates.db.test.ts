import { beforeAll, describe, expect, it } from "vitest";
import { commandLineActor } from "../auth/actor";
import { createTestActors, type TestActors } from "../testing/test-actors";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { INCIDENT_TEMPLATES } from "./built-in-templates";
import { ensurePage } from "../pages/ensure-page";
import { withTestDatabase } from "../testing/with-test-database";
import { createTemplate } from "./create-template";
import { deleteTemplate } from "./delete-template";
import { listTemplates } from "./list-templates";
import { resetTemplate } from "./reset-template";
import type { CreateTemplateInput } from "./schemas";
import { updateTemplate } from "./update-template";

const db = withTestDatabase();

let pageId: string;
let actors: TestActors;

beforeAll(async () => {
  pageId = (await ensurePage()).id;
  actors = await createTestActors(db(), pageId);
});

let sequence = 0;
const valid = (): CreateTemplateInput => ({
  label: `Database down ${++sequence}`,
  name: "Our database is unavailable",
  status: "investigating",
  impact: "critical",
  componentStatus: "major_outage",
  body: "Nothing loads: our **database** is down.",
});

const auditOf = (targetId: string) =>
  db().auditLog.findMany({ where: { targetId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { action: true, actorLabel: true, details: true } });

async function badGateway() {
  const template = (await listTemplates(pageId)).find((entry) => entry.key === "bad-gateway");
  if (!template) throw new Error("bad-gateway was not seeded");
  return template;
}

describe("a webmaster's own templates", () => {
  it("creates one after Beacon's, edits it, deletes it, and audits each", async () => {
    const input = valid();
    const created = await createTemplate(actors.editor, { ...input, label: ` ${input.label} ` });
    expect(created).toMatchObject({ ...input, key: null, builtIn: false, edited: false, position: INCIDENT_TEMPLATES.length });
    expect((await listTemplates(pageId)).at(-1)?.id).toBe(created.id);

    const edited = await updateTemplate(actors.token, { id: created.id, body: "Fixed words", impact: "major" });
    expect(edited).toMatchObject({ label: input.label, body: "Fixed words", impact: "major" });
    // Unchanged values are no change: nothing is written or audited.
    await updateTemplate(actors.editor, { id: created.id, body: "Fixed words", label: input.label });

    await expect(deleteTemplate(actors.editor, { id: created.id })).resolves.toEqual({ id: created.id, label: input.label });
    expect(await db().incidentTemplate.count({ where: { id: created.id } })).toBe(0);
    const entries = await auditOf(created.id);
    expect(entries.map((entry) => [entry.action, entry.actorLabel])).toEqual([
      ["incident_template.create", actors.editor.email],
      ["incident_template.update", `token ${actors.token.name}`],
      ["incident_template.delete", actors.editor.email],
    ]);
    expect(JSON.parse(entries[1]?.details ?? "{}")).toEqual({ label: input.label, changed: ["impact", "body"] });
  });

  it("places each new template last", async () => {
    const first = await createTemplate(commandLineActor, valid());
    const second = await createTemplate(commandLineActor, valid());
    expect(second.position).toBe(first.position + 1);
  });

  it("refuses another page's template and unknown ids", async () => {
    const foreign = await db().incidentTemplate.create({
      data: { pageId: actors.otherPageId, label: "Theirs", name: "Theirs", status: "investigating", impact: "none", componentStatus: "operational", body: "Theirs" },
    });
    for (const id of [foreign.id, "no-such-template"]) {
      await expect(updateTemplate(commandLineActor, { id, label: "Mine" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(deleteTemplate(commandLineActor, { id })).rejects.toBeInstanceOf(NotFoundError);
      await expect(resetTemplate(commandLineActor, { id })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await db().incidentTemplate.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ label: "Theirs" });
  });
});

describe("Beacon's own templates", () => {
  it("edits one and resets it to Beacon's words", async () => {
    const original = await badGateway();
    const edited = await updateTemplate(actors.editor, { id: original.id, body: "We broke it.", componentStatus: "partial_outage" });
    expect(edited).toMatchObject({ key: "bad-gateway", builtIn: true, edited: true, body: "We broke it.", componentStatus: "partial_outage" });

    const reset = await resetTemplate(actors.editor, { id: original.id });
    expect(reset).toMatchObject({ ...INCIDENT_TEMPLATES[0], id: original.id, edited: false });
    expect((await auditOf(original.id)).map((entry) => entry.action)).toEqual(["incident_template.update", "incident_template.reset"]);
  });

  it("cannot delete one, nor reset a webmaster's own", async () => {
    const builtIn = await badGateway();
    await expect(deleteTemplate(actors.editor, { id: builtIn.id })).rejects.toBeInstanceOf(ConflictError);
    const own = await createTemplate(actors.editor, valid());
    await expect(resetTemplate(actors.editor, { id: own.id })).rejects.toThrow("Only Beacon's own templates can be reset");
    expect(await db().incidentTemplate.count({ where: { id: { in: [builtIn.id, own.id] } } })).toBe(2);
  });
});

describe("validation", () => {
  const cases: [string, Partial<CreateTemplateInput> & Record<string, unknown>, string][] = [
    ["label", { label: "  " }, "must not be empty"],
    ["label", { label: "x".repeat(61) }, "must be at most 60 characters"],
    ["label", { label: "502 BAD gateway" }, "is already used by another template"],
    ["name", { name: "" }, "must not be empty"],
    ["name", { name: "x".repeat(201) }, "must be at most 200 characters"],
    ["status", { status: "scheduled" as "investigating" }, "must be one of investigating, identified, monitoring, resolved"],
    ["impact", { impact: "maintenance" as "none" }, "must be one of none, minor, major, critical"],
    ["componentStatus", { componentStatus: "down" as "operational" }, "must be one of operational, degraded_performance, partial_outage, major_outage, under_maintenance"],
    ["body", { body: "\n " }, "must not be empty"],
    ["body", { body: "x".repeat(20_001) }, "must be at most 20000 characters"],
    ["body", { body: "a\0b" }, "must not contain the NUL character"],
    ["label", { label: 42 as unknown as string }, "must be text"],
  ];

  it.each(cases)("refuses a bad %s when creating: %s", async (field, change, message) => {
    const error = await createTemplate(actors.editor, { ...valid(), ...change }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fields).toEqual({ [field]: message });
  });

  it.each(cases)("refuses a bad %s when editing: %s", async (field, change, message) => {
    const own = await createTemplate(actors.editor, valid());
    await expect(updateTemplate(actors.editor, { id: own.id, ...change })).rejects.toMatchObject({ fields: { [field]: message } });
    expect(await db().incidentTemplate.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ label: own.label, body: own.body });
  });

  it("keeps a template's own label, and refuses an empty edit", async () => {
    const own = await createTemplate(actors.editor, valid());
    await expect(updateTemplate(actors.editor, { id: own.id, label: own.label.toUpperCase() })).resolves.toMatchObject({ label: own.label.toUpperCase() });
    await expect(updateTemplate(actors.editor, { id: own.id })).rejects.toThrow("Nothing to change");
  });
});
