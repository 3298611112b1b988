import { describe, expect, it } from "vitest";
import { COMPONENT_STATUSES } from "../../components/status";
import { rollupStatus } from "../rollup";
import { type BadgeTone, badgeToneColor, componentBadgeStatus, overallBadgeStatus } from "./badge-status";

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const value = parseInt(hex.slice(at, at + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

describe("badge colours", () => {
  it("carry white text at WCAG AA (4.5:1) or better", () => {
    for (const [tone, color] of Object.entries(badgeToneColor)) expect(contrastWithWhite(color), tone).toBeGreaterThanOrEqual(4.5);
  });

  it("differ for every status", () => {
    const tones = COMPONENT_STATUSES.map((status) => componentBadgeStatus(status).tone);
    expect(new Set(tones.map((tone: BadgeTone) => badgeToneColor[tone])).size).toBe(COMPONENT_STATUSES.length);
  });
});

describe("componentBadgeStatus", () => {
  it("says the status in lowercase words", () => {
    expect(COMPONENT_STATUSES.map((status) => componentBadgeStatus(status).words)).toEqual([
      "operational",
      "degraded performance",
      "partial outage",
      "major outage",
      "under maintenance",
    ]);
  });
});

describe("overallBadgeStatus", () => {
  it("uses the roll-up's words, as /api/v2/status.json does", () => {
    const calm = rollupStatus({ componentStatuses: ["operational"], incidents: [] });
    expect(overallBadgeStatus(calm, 1)).toEqual({ words: "all systems operational", tone: "operational" });
    const down = rollupStatus({ componentStatuses: ["major_outage", "degraded_performance"], incidents: [] });
    expect(overallBadgeStatus(down, 2)).toEqual({ words: "major system outage", tone: "major" });
    const degraded = rollupStatus({ componentStatuses: ["degraded_performance"], incidents: [] });
    expect(overallBadgeStatus(degraded, 1)).toEqual({ words: "partially degraded service", tone: "degraded" });
    const maintenance = rollupStatus({ componentStatuses: ["under_maintenance"], incidents: [] });
    expect(overallBadgeStatus(maintenance, 1)).toEqual({ words: "service under maintenance", tone: "maintenance" });
  });

  it("does not call a page with nothing listed operational", () => {
    const calm = rollupStatus({ componentStatuses: [], incidents: [] });
    expect(overallBadgeStatus(calm, 0)).toEqual({ words: "no components listed", tone: "unknown" });
    // An open incident still shows, listed components or not.
    const incident = rollupStatus({ componentStatuses: [], incidents: [{ kind: "incident", status: "investigating", impact: "major" }] });
    expect(overallBadgeStatus(incident, 0)).toEqual({ words: "partial system outage", tone: "partial" });
  });
});
