import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import type { IncidentRecord, IncidentUpdateRecord } from "../../incidents/incident-record";
import { rollupStatus } from "../rollup";
import { buildStatusMarkdown, type StatusMarkdownInput } from "./status-markdown";

const markdown = new MarkdownIt();
const BASE = "https://status.example.test";
const T = new Date("2026-03-01T12:00:00.000Z");
const at = (minutes: number) => new Date(T.getTime() + minutes * 60_000);

function update(id: string, fields: Partial<IncidentUpdateRecord> & Pick<IncidentUpdateRecord, "status" | "body" | "displayAt">): IncidentUpdateRecord {
  return { id, incidentId: "inc1", deliverNotifications: true, editedAt: null, createdAt: fields.displayAt, updatedAt: fields.displayAt, componentChanges: [], ...fields };
}

function incident(fields: Partial<IncidentRecord> & Pick<IncidentRecord, "id" | "name">): IncidentRecord {
  return {
    kind: "incident",
    status: "identified",
    impact: "minor",
    startedAt: at(-120),
    monitoringAt: null,
    resolvedAt: null,
    scheduledFor: null,
    scheduledUntil: null,
    postmortemBody: null,
    postmortemPublishedAt: null,
    createdAt: at(-120),
    updatedAt: at(-60),
    components: [],
    updates: [],
    ...fields,
  };
}

const empty: StatusMarkdownInput = {
  page: { name: "Acme", timeZone: "Europe/Paris" },
  now: T,
  rollup: rollupStatus({ componentStatuses: [], incidents: [] }),
  sections: [],
  unresolved: [],
  activeMaintenance: [],
  upcomingMaintenance: [],
  baseUrl: BASE,
};

const slow = incident({
  id: "inc1",
  name: "Slow API responses",
  components: [{ id: "api", name: "API" }],
  updates: [
    update("u2", {
      status: "identified",
      body: "A bad deploy; **rolling back**.\n\n- step one\n- step two",
      displayAt: at(-60),
      componentChanges: [{ componentId: "api", componentName: "API", oldStatus: "operational", newStatus: "partial_outage" }],
    }),
    update("u1", { status: "investigating", body: "We are looking into it.", displayAt: at(-120) }),
  ],
});

const full: StatusMarkdownInput = {
  ...empty,
  rollup: rollupStatus({ componentStatuses: ["partial_outage", "operational"], incidents: [slow] }),
  sections: [
    { group: null, components: [{ name: "Website", status: "operational" }] },
    { group: { name: "Platform", status: "partial_outage" }, components: [{ name: "API", status: "partial_outage" }] },
  ],
  unresolved: [slow],
  activeMaintenance: [
    incident({ id: "m1", name: "Database upgrade", kind: "maintenance", status: "in_progress", impact: "maintenance", scheduledFor: at(-30), scheduledUntil: at(90) }),
  ],
  upcomingMaintenance: [
    incident({ id: "m2", name: "Router upgrade", kind: "maintenance", status: "scheduled", impact: "maintenance", scheduledFor: at(1440), scheduledUntil: at(1560) }),
  ],
};

const headings = (source: string, tag: string) => {
  const tokens = markdown.parse(source, {});
  return tokens.flatMap((token, i) => (token.type === "heading_open" && token.tag === tag ? [tokens[i + 1]?.content ?? ""] : []));
};

describe("buildStatusMarkdown", () => {
  it("says the page's name, status and when, then its sections", () => {
    const text = buildStatusMarkdown(full);
    expect(text.startsWith("# Acme status\n\n**Partial System Outage.** Updated 2026-03-01T12:00:00.000Z (1 Mar 2026, 13:00 CET).\n")).toBe(true);
    expect(headings(text, "h1")).toEqual(["Acme status"]);
    expect(headings(text, "h2")).toEqual(["Components", "Current incidents", "Maintenance", "More"]);
  });

  it("lists components grouped, each with its status in words", () => {
    expect(buildStatusMarkdown(full)).toContain("## Components\n\n- Website: Operational\n- Platform: Partial outage\n  - API: Partial outage\n");
  });

  it("gives each open incident its facts, an absolute link, and its updates newest first with bodies indented under them", () => {
    const text = buildStatusMarkdown(full);
    expect(text).toContain(
      [
        "### Slow API responses",
        "",
        "- Status: Identified",
        "- Impact: Minor impact",
        "- Started: 2026-03-01T10:00:00.000Z (1 Mar 2026, 11:00 CET)",
        "- Affects: API",
        `- Link: ${BASE}/incidents/inc1`,
        "",
        "Updates, newest first:",
        "",
        "- Identified, 2026-03-01T11:00:00.000Z (1 Mar 2026, 12:00 CET)",
        "",
        "  A bad deploy; **rolling back**.",
        "",
        "  - step one",
        "  - step two",
        "",
        "  Component changes: API operational → partial outage",
        "",
        "- Investigating, 2026-03-01T10:00:00.000Z (1 Mar 2026, 11:00 CET)",
        "",
        "  We are looking into it.",
      ].join("\n"),
    );
    // The body stays markdown: its emphasis and list render inside the update.
    expect(markdown.render(text)).toContain("<strong>rolling back</strong>");
  });

  it("shows maintenance in progress and upcoming, with their windows", () => {
    const text = buildStatusMarkdown(full);
    expect(headings(text, "h3")).toEqual(["Slow API responses", "In progress: Database upgrade", "Upcoming: Router upgrade"]);
    expect(text).toContain("- Window: 2026-03-01T11:30:00.000Z (1 Mar 2026, 12:30 CET) to 2026-03-01T13:30:00.000Z (1 Mar 2026, 14:30 CET)");
    expect(text).toContain(`- Link: ${BASE}/incidents/m2`);
  });

  it("links the JSON API and the feeds", () => {
    const text = buildStatusMarkdown(full);
    for (const path of ["/api/v2/summary.json", "/history.atom", "/history.rss"]) expect(text).toContain(`${BASE}${path}`);
  });

  it("says so when there is nothing to list, and does not call an empty page operational", () => {
    const text = buildStatusMarkdown(empty);
    expect(text).toContain("**No components are listed on this page yet.**");
    expect(text).toContain("## Components\n\nNo components are listed on this page yet.\n");
    expect(text).toContain("## Current incidents\n\nNo current incidents.\n");
    expect(text).toContain("## Maintenance\n\nNo maintenance in progress or scheduled.\n");
  });

  it("escapes names so they cannot add headings, list items or links", () => {
    const nasty = incident({ id: "inc2", name: "# Hacked\n- [click](https://evil.example) <b>x</b>", updates: [] });
    const text = buildStatusMarkdown({
      ...full,
      page: { name: "Acme *Corp*\n## Fake", timeZone: "UTC" },
      sections: [{ group: null, components: [{ name: "- injected", status: "operational" }] }],
      unresolved: [nasty],
    });
    expect(headings(text, "h1")).toEqual(["Acme \\*Corp\\* \\#\\# Fake status"]);
    expect(headings(text, "h2")).toEqual(["Components", "Current incidents", "Maintenance", "More"]);
    const html = markdown.render(text);
    expect(html).not.toContain("evil.example\"");
    expect(html).not.toContain("<b>");
    expect(html).toContain("<li>- injected: Operational</li>");
    expect(html).toContain("<h1>Acme *Corp* ## Fake status</h1>");
  });
});
