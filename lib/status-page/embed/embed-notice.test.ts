import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { EMBED_NOTICE_SOURCE } from "./embed-notice";

type Notice = { title: string; lines: string[]; href: string; tone: string } | null;
const noticeFor = vm.runInThisContext(`(function () { ${EMBED_NOTICE_SOURCE}\nreturn noticeFor; })()`) as (
  summary: unknown,
  base: string,
) => Notice;

const BASE = "https://status.example.com";

function summary(parts: { indicator?: string; description?: string; components?: object[]; incidents?: object[]; maintenances?: object[] } = {}) {
  return {
    page: { id: "p", name: "Acme", url: BASE, time_zone: "UTC", updated_at: "2026-01-01T00:00:00.000Z" },
    components: parts.components ?? [{ id: "c1", name: "Checkout", status: "operational", group: false }],
    incidents: parts.incidents ?? [],
    scheduled_maintenances: parts.maintenances ?? [],
    status: { indicator: parts.indicator ?? "none", description: parts.description ?? "All Systems Operational" },
  };
}

describe("noticeFor", () => {
  it("says nothing when all is well, upcoming maintenance included", () => {
    expect(noticeFor(summary(), BASE)).toBeNull();
    expect(noticeFor(summary({ maintenances: [{ name: "Database upgrade", status: "scheduled" }] }), BASE)).toBeNull();
  });

  it("names broken components in words, worst first, and the latest incidents with their status", () => {
    const notice = noticeFor(
      summary({
        indicator: "critical",
        description: "Major System Outage",
        components: [
          { name: "Search", status: "degraded_performance", group: false },
          { name: "Checkout", status: "major_outage", group: false },
          { name: "Payments", status: "major_outage", group: true },
          { name: "Website", status: "operational", group: false },
        ],
        incidents: [
          { name: "Checkout fails", status: "identified" },
          { name: "Old one", status: "resolved" },
        ],
      }),
      BASE,
    );
    expect(notice).toEqual({
      title: "Major System Outage",
      lines: ["Major outage: Checkout.", "Degraded performance: Search.", "Checkout fails \u2014 Identified"],
      href: `${BASE}/`,
      tone: "major",
    });
  });

  it("says maintenance is in progress", () => {
    const notice = noticeFor(
      summary({
        indicator: "maintenance",
        description: "Service Under Maintenance",
        components: [{ name: "Database", status: "under_maintenance", group: false }],
        maintenances: [
          { name: "Database upgrade", status: "in_progress" },
          { name: "Next week", status: "scheduled" },
        ],
      }),
      BASE,
    );
    expect(notice?.lines).toEqual(["Under maintenance: Database.", "Maintenance in progress: Database upgrade."]);
    expect(notice?.tone).toBe("maintenance");
  });

  it("keeps long lists short", () => {
    const components = ["A", "B", "C", "D", "E"].map((name) => ({ name, status: "partial_outage", group: false }));
    const incidents = ["1", "2", "3", "4", "5"].map((name) => ({ name, status: "investigating" }));
    const notice = noticeFor(summary({ indicator: "major", description: "Partial System Outage", components, incidents }), BASE);
    expect(notice?.lines).toEqual([
      "Partial outage: A, B, C and 2 more.",
      "1 \u2014 Investigating",
      "2 \u2014 Investigating",
      "3 \u2014 Investigating",
      "And 2 more incidents.",
    ]);
  });

  it("falls back to the status words when only the indicator says something is wrong", () => {
    const notice = noticeFor(summary({ indicator: "minor", description: "Minor Service Outage" }), BASE);
    expect(notice).toMatchObject({ title: "Minor Service Outage", lines: [], tone: "minor" });
  });

  it("links to the page's own address, but never to a script URL", () => {
    const at = (url: unknown) => noticeFor({ ...summary({ indicator: "minor" }), page: { url } }, BASE)?.href;
    expect(at("https://status.acme.test/")).toBe("https://status.acme.test/");
    expect(at("javascript:alert(1)")).toBe(`${BASE}/`);
    expect(at(42)).toBe(`${BASE}/`);
  });

  it("reads a malformed body without throwing", () => {
    for (const body of [null, "text", 3, [], {}, { components: "x", incidents: [null, 1], status: "bad" }]) {
      expect(noticeFor(body, BASE)).toBeNull();
    }
  });
});
