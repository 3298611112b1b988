import { beforeAll, describe, expect, it } from "vitest";
import { GET as getMarkdown } from "./route";
import { GET as getLlmsTxt } from "../llms.txt/route";
import { withTestDatabase } from "../../lib/testing/with-test-database";
import { BASE_URL, NASTY_TITLE, type SeededPage, seedStatusPage } from "../../lib/status-page/testing/seed-status-page";

process.env.BEACON_URL = BASE_URL;
const db = withTestDatabase();
let seeded: SeededPage;
beforeAll(async () => {
  seeded = await seedStatusPage(db());
});

async function textOf(response: Response, contentType: string): Promise<string> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe(contentType);
  return response.text();
}

describe("GET /index.md", () => {
  it("gives the page as markdown: status, listed components, the open incident with its updates, maintenance", async () => {
    const text = await textOf(await getMarkdown(), "text/markdown; charset=utf-8");
    expect(text).toMatch(/^# Acme status\n\n\*\*Partial System Outage\.\*\* Updated \d{4}-\d\d-\d\dT[\d:.]+Z \(.+ CES?T\)\.\n/);
    // Database is hidden; Website shows only while degraded.
    expect(text).toContain("## Components\n\n- Platform: Partial outage\n  - API: Partial outage\n\n");
    expect(text).toContain(`### Slow API responses\n\n- Status: Identified\n- Impact: Minor impact\n`);
    expect(text).toContain(`- Link: ${BASE_URL}/incidents/${seeded.unresolvedId}`);
    // Newest update first, bodies kept as markdown under their update.
    const identified = text.indexOf("- Identified, 2026-03-01T11:00:00.000Z (1 Mar 2026, 12:00 CET)\n\n  A bad deploy; rolling back.");
    const investigating = text.indexOf("  We are looking into **slow** responses.");
    expect(identified).toBeGreaterThan(0);
    expect(investigating).toBeGreaterThan(identified);
    expect(text).toContain("### In progress: Database upgrade");
    expect(text).toContain("### Upcoming: Router upgrade\n\n- Status: Scheduled\n- Window: 2026-03-02T12:00:00.000Z (2 Mar 2026, 13:00 CET) to 2026-03-02T14:00:00.000Z (2 Mar 2026, 15:00 CET)");
    // Resolved incidents are history, not current.
    expect(text).not.toContain(NASTY_TITLE);
    expect(text).toContain(`${BASE_URL}/api/v2/summary.json`);
  });
});

describe("GET /llms.txt", () => {
  it("points an agent at /index.md, the JSON and the feed", async () => {
    const text = await textOf(await getLlmsTxt(), "text/plain; charset=utf-8");
    expect(text.startsWith("# Acme\n\n> ")).toBe(true);
    expect(text).toContain(`- [Status as markdown](${BASE_URL}/index.md): `);
    expect(text).toContain(`(${BASE_URL}/api/v2/summary.json)`);
    expect(text).toContain(`(${BASE_URL}/history.atom)`);
  });
});
