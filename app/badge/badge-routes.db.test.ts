import { XMLValidator } from "fast-xml-parser";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getOverall } from "../badge.svg/route";
import { GET as getComponent } from "./[file]/route";
import { withTestDatabase } from "../../lib/testing/with-test-database";
import { BASE_URL, type SeededPage, seedStatusPage } from "../../lib/status-page/testing/seed-status-page";

process.env.BEACON_URL = BASE_URL;
const db = withTestDatabase();
let seeded: SeededPage;
beforeAll(async () => {
  seeded = await seedStatusPage(db());
});

const request = (path: string) => new NextRequest(`http://127.0.0.1${path}`);
const component = (file: string, query = "") => getComponent(request(`/badge/${file}${query}`), { params: Promise.resolve({ file }) });

async function svgOf(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
  const svg = await response.text();
  expect(XMLValidator.validate(svg)).toBe(true);
  return svg;
}

const nameOf = (svg: string) => /aria-label="([^"]*)"/.exec(svg)?.[1];

describe("GET /badge.svg", () => {
  it("says the page's overall status in the roll-up's words", async () => {
    // The seeded API is partially down (and an incident and a maintenance are open).
    const svg = await svgOf(await getOverall(request("/badge.svg")));
    expect(nameOf(svg)).toBe("status: partial system outage");
    expect(svg).toContain("<title>status: partial system outage</title>");
    expect(svg).toContain('fill="#555555"');
  });

  it("has a dark variant by query, and ignores any other query", async () => {
    const dark = await svgOf(await getOverall(request("/badge.svg?theme=dark")));
    expect(dark).toContain('fill="#24292f"');
    const other = await svgOf(await getOverall(request("/badge.svg?theme=neon&v=2")));
    expect(other).toBe(await svgOf(await getOverall(request("/badge.svg"))));
  });
});

describe("GET /badge/<id>.svg", () => {
  it("names the component and says its status", async () => {
    expect(nameOf(await svgOf(await component(`${seeded.apiId}.svg`)))).toBe("API: partial outage");
    expect(await svgOf(await component(`${seeded.apiId}.svg`, "?theme=dark"))).toContain('fill="#24292f"');
  });

  it("follows a status change", async () => {
    await db().component.update({ where: { id: seeded.apiId }, data: { status: "major_outage" } });
    expect(nameOf(await svgOf(await component(`${seeded.apiId}.svg`)))).toBe("API: major outage");
    await db().component.update({ where: { id: seeded.apiId }, data: { status: "partial_outage" } });
  });

  it("keeps the badge of a component shown only while degraded", async () => {
    expect(nameOf(await svgOf(await component(`${seeded.websiteId}.svg`)))).toBe("Website: operational");
  });

  it("escapes the component's name", async () => {
    await db().component.update({ where: { id: seeded.websiteId }, data: { name: `Web <script>&"x"` } });
    const svg = await svgOf(await component(`${seeded.websiteId}.svg`));
    expect(svg).not.toContain("<script>");
    expect(nameOf(svg)).toBe("Web &lt;script&gt;&amp;&quot;x&quot;: operational");
    await db().component.update({ where: { id: seeded.websiteId }, data: { name: "Website" } });
  });

  it("is a 404 for a hidden component, an unknown id, or a name that cannot be a badge", async () => {
    for (const file of [`${seeded.databaseId}.svg`, "nosuchcomponent.svg", `${seeded.apiId}.png`, `${seeded.apiId}`]) {
      expect((await component(file)).status, file).toBe(404);
    }
  });

  it("is a 404 for a component of another page", async () => {
    const other = await db().page.create({ data: { id: "other-page", name: "Other" } });
    const foreign = await db().component.create({ data: { pageId: other.id, name: "Foreign" } });
    expect((await component(`${foreign.id}.svg`)).status).toBe(404);
  });
});
