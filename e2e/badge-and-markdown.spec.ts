import { expect, test } from "@playwright/test";
import { e2eDb, uniqueName } from "./support/db";
import { PUBLIC_WITHIN_MS, SNAPSHOT_TEST_TIMEOUT } from "./support/eventually";
import { createComponent, createIncident, deleteRows } from "./support/factories";

// Waits for the snapshot to show edits, each with a generous timeout (support/eventually.ts).
test.describe.configure({ timeout: SNAPSHOT_TEST_TIMEOUT });

// The badge a webmaster embeds, and the page as markdown for agents and terminals. The page is
// shared with other tests, so these check their own rows and never an exact overall status.

const within = { timeout: PUBLIC_WITHIN_MS, intervals: [100, 250, 500] };
const nameOf = (svg: string) => /aria-label="([^"]*)"/.exec(svg)?.[1] ?? "";

test("the overall badge says the status in words, in a light and a dark variant", async ({ request }) => {
  const light = await request.get("/badge.svg");
  expect(light.status()).toBe(200);
  expect(light.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
  const svg = await light.text();
  expect(nameOf(svg)).toMatch(/^status: [a-z ]+$/);
  expect(svg).toContain(`<title>${nameOf(svg)}</title>`);
  const dark = await (await request.get("/badge.svg?theme=dark")).text();
  expect(dark).toContain('fill="#24292f"');
  expect(svg).not.toContain('fill="#24292f"');
  // Served from the snapshot, cacheable like the page.
  await expect.poll(async () => (await request.get("/badge.svg?cache-buster=1")).headers()["cache-control"] ?? "", within).toContain("s-maxage=");
});

test("a component's badge follows its status and can be read by a screen reader", async ({ request, page }) => {
  const name = uniqueName("Badge <API> & co");
  const component = await createComponent({ name });
  const hidden = await createComponent({ name: uniqueName("Badge hidden") });
  await e2eDb().component.update({ where: { id: hidden.id }, data: { showcase: false } });
  const path = `/badge/${component.id}.svg`;
  const escaped = name.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  try {
    await expect.poll(async () => nameOf(await (await request.get(path)).text()), within).toBe(`${escaped}: operational`);
    // The snapshot holds it: a later change must replace the stored copy, not only a live render.
    await expect.poll(async () => (await request.get(path)).headers().etag ?? "", within).not.toBe("");

    await e2eDb().component.update({ where: { id: component.id }, data: { status: "major_outage" } });
    await expect.poll(async () => nameOf(await (await request.get(path)).text()), within).toBe(`${escaped}: major outage`);
    await expect.poll(async () => nameOf(await (await request.get(`${path}?theme=dark`)).text()), within).toBe(`${escaped}: major outage`);

    await page.goto(path);
    await expect(page.getByRole("img", { name: `${name}: major outage` })).toBeVisible();

    expect((await request.get(`/badge/${hidden.id}.svg`)).status()).toBe(404);
    expect((await request.get("/badge/no-such-component.svg")).status()).toBe(404);
  } finally {
    await deleteRows({ components: [component.id, hidden.id] });
  }
});

test("/index.md gives the page as markdown and /llms.txt points to it", async ({ request, baseURL }) => {
  const componentName = uniqueName("Markdown search");
  const component = await createComponent({ name: componentName, status: "partial_outage" });
  const incidentName = uniqueName("Markdown slow search");
  const incident = await createIncident({
    name: incidentName,
    status: "identified",
    impact: "major",
    componentIds: [component.id],
    startedMinutesAgo: 40,
    updates: [
      { status: "investigating", body: "Searches take **seconds**.", minutesAgo: 40 },
      { status: "identified", body: "An index is rebuilding.", minutesAgo: 10 },
    ],
  });
  try {
    await expect
      .poll(async () => {
        const text = await (await request.get("/index.md")).text();
        return text.includes(`### ${incidentName}`) && text.includes(`- ${componentName}: Partial outage`);
      }, within)
      .toBe(true);
    const response = await request.get("/index.md");
    expect(response.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
    const text = await response.text();
    expect(text).toMatch(/^# .+ status\n\n\*\*.+\.\*\* Updated \d{4}-\d\d-\d\dT/);
    for (const heading of ["## Components", "## Current incidents", "## Maintenance"]) expect(text).toContain(`\n${heading}\n`);
    expect(text).toContain(`- Link: ${baseURL}/incidents/${incident.id}`);
    const newest = text.indexOf("  An index is rebuilding.");
    expect(newest).toBeGreaterThan(text.indexOf(`### ${incidentName}`));
    expect(text.indexOf("  Searches take **seconds**.")).toBeGreaterThan(newest);

    const llms = await request.get("/llms.txt");
    expect(llms.status()).toBe(200);
    expect(llms.headers()["content-type"]).toBe("text/plain; charset=utf-8");
    const llmsText = await llms.text();
    expect(llmsText).toMatch(/^# .+\n\n> /);
    expect(llmsText).toContain(`- [Status as markdown](${baseURL}/index.md): `);
  } finally {
    await deleteRows({ incidents: [incident.id], components: [component.id] });
  }
});
