import { describe, expect, it } from "vitest";
import { renderErrorPage } from "./render-error-page";
import { summaryView } from "./summary-view";

const summary = {
  page: { id: "p", name: "Acme", url: "https://status.acme.test", time_zone: "Europe/Paris", updated_at: "2026-12-03T07:30:00.000Z" },
  status: { indicator: "critical", description: "Major System Outage" },
  incidents: [
    {
      name: 'Checkout <img src=x onerror="alert(1)">',
      status: "identified",
      impact: "critical",
      shortlink: "https://status.acme.test/incidents/abc",
      incident_updates: [{ body: "A **bad deploy**; rolling back.", display_at: "2026-12-03T07:25:00.000Z" }],
    },
  ],
  scheduled_maintenances: [{ name: "Database upgrade", status: "scheduled", incident_updates: [] }],
};

describe("renderErrorPage", () => {
  it("says what the code means, what to try, and shows the open incidents with their latest update", () => {
    const html = renderErrorPage(502, summaryView(summary, "https://fallback.test"));
    expect(html).toContain("<h1>502 Bad Gateway</h1>");
    expect(html).toContain("What you can do");
    expect(html).toContain("Major System Outage");
    expect(html).toContain("A bad deploy; rolling back.");
    expect(html).toContain("3 Dec 2026, 08:25 CET");
    expect(html).toContain('href="https://status.acme.test/incidents/abc"');
    // Upcoming maintenance is not what breaks the site now.
    expect(html).not.toContain("Database upgrade");
  });

  it("escapes what the page owner wrote and needs nothing from elsewhere to show", () => {
    const html = renderErrorPage(504, summaryView(summary, "https://fallback.test"));
    expect(html).not.toContain("<img");
    expect(html).toContain("Checkout &#60;img src=x onerror=&#34;alert(1)&#34;&#62;");
    expect(html).not.toMatch(/<link|<script src|<img|url\(/);
    expect(html).toContain("prefers-color-scheme:dark");
  });

  it("says how to reach support when the page has a contact", () => {
    const html = renderErrorPage(502, summaryView(summary, "https://fallback.test"), { kind: "email", value: "help@acme.test", href: "mailto:help@acme.test" });
    expect(html).toContain('Reach our support: <a href="mailto:help@acme.test">help@acme.test</a>');
  });

  it("renders from an empty or broken summary", () => {
    const html = renderErrorPage(503, summaryView(null, "https://status.acme.test"));
    expect(html).toContain("503 Service Unavailable");
    expect(html).toContain("No incident has been posted yet");
    expect(html).toContain('href="https://status.acme.test"');
  });
});
