import { describe, expect, it } from "vitest";
import { INCIDENT_TEMPLATES } from "./built-in-templates";
import { withTestDatabase } from "../testing/with-test-database";
import { listTemplates } from "./list-templates";
import { seedBuiltInTemplates } from "./seed-built-in-templates";

const db = withTestDatabase();

let sequence = 0;
const newPage = async () => (await db().page.create({ data: { name: `Templates ${++sequence}` } })).id;
const rowCount = (pageId: string) => db().incidentTemplate.count({ where: { pageId } });

describe("listTemplates", () => {
  it("seeds Beacon's templates on first use, in order, and only once", async () => {
    const pageId = await newPage();
    const first = await listTemplates(pageId);
    expect(first.map((template) => template.key)).toEqual(INCIDENT_TEMPLATES.map((template) => template.key));
    expect(first[0]).toMatchObject({ label: "502 Bad Gateway", builtIn: true, edited: false, status: "investigating", impact: "major", componentStatus: "major_outage" });
    expect(first[0]?.body).toContain("**502 Bad Gateway**");
    const again = await listTemplates(pageId);
    expect(again.map((template) => template.id)).toEqual(first.map((template) => template.id));
    expect(await rowCount(pageId)).toBe(INCIDENT_TEMPLATES.length);
    // Seeding is Beacon's doing, not a webmaster's change.
    expect(await db().auditLog.count({ where: { pageId } })).toBe(0);
  });

  it("seeds once when two requests ask at the same time", async () => {
    const pageId = await newPage();
    const [a, b] = await Promise.all([listTemplates(pageId), listTemplates(pageId)]);
    expect(a.map((template) => template.id)).toEqual(b.map((template) => template.id));
    expect(a).toHaveLength(INCIDENT_TEMPLATES.length);
    expect(await rowCount(pageId)).toBe(INCIDENT_TEMPLATES.length);
  });

  it("skips the built-ins another request inserted after it looked", async () => {
    const pageId = await newPage();
    await listTemplates(pageId);
    // As if it had read the table before the other request's inserts: every insert collides.
    await expect(seedBuiltInTemplates(pageId, new Set())).resolves.toBe(true);
    expect(await rowCount(pageId)).toBe(INCIDENT_TEMPLATES.length);
  });

  it("adds back only the built-ins a page lacks, keeping edits and its own templates", async () => {
    const pageId = await newPage();
    await db().incidentTemplate.createMany({
      data: [
        { pageId, key: "overload", label: "Busy", name: "Slow", status: "identified", impact: "minor", componentStatus: "degraded_performance", body: "Ours", position: 2 },
        { pageId, key: null, label: "Mine", name: "Mine", status: "investigating", impact: "none", componentStatus: "operational", body: "Mine", position: 9 },
      ],
    });
    const templates = await listTemplates(pageId);
    expect(templates.map((template) => template.label)).toEqual(["502 Bad Gateway", "Upstream timeout (504)", "Busy", "Network problem", "Site down", "Certificate expiring", "Background job late", "Unplanned maintenance", "Mine"]);
    expect(templates.find((template) => template.label === "Busy")).toMatchObject({ builtIn: true, edited: true, body: "Ours" });
    expect(templates.find((template) => template.label === "Mine")).toMatchObject({ key: null, builtIn: false, edited: false });
  });

  it("lists only the page's own templates", async () => {
    const [one, two] = [await newPage(), await newPage()];
    const [first, second] = [await listTemplates(one), await listTemplates(two)];
    const ids = new Set(first.map((template) => template.id));
    expect(second.some((template) => ids.has(template.id))).toBe(false);
  });
});
