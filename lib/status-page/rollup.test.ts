import { describe, expect, it } from "vitest";
import type { IncidentRecord } from "../incidents/incident-record";
import { EMPTY_PAGE_HEADLINE, pageHeadline, rollupBanner, rollupStatus } from "./rollup";

type Brief = Pick<IncidentRecord, "kind" | "status" | "impact">;
const incident = (impact: Brief["impact"], status: Brief["status"] = "investigating"): Brief => ({
  kind: "incident",
  status,
  impact,
});
const maintenance = (status: Brief["status"]): Brief => ({ kind: "maintenance", status, impact: "maintenance" });

describe("rollupStatus", () => {
  it("is all operational with nothing going on", () => {
    expect(rollupStatus({ componentStatuses: [], incidents: [] })).toEqual({
      indicator: "none",
      description: "All Systems Operational",
    });
    expect(rollupStatus({ componentStatuses: ["operational", "operational"], incidents: [] }).indicator).toBe("none");
  });

  it("maps each component status to its indicator", () => {
    const cases = [
      ["degraded_performance", "minor", "Partially Degraded Service"],
      ["partial_outage", "major", "Partial System Outage"],
      ["major_outage", "critical", "Major System Outage"],
      ["under_maintenance", "maintenance", "Service Under Maintenance"],
    ] as const;
    for (const [status, indicator, description] of cases) {
      expect(rollupStatus({ componentStatuses: ["operational", status], incidents: [] })).toEqual({ indicator, description });
    }
  });

  it("lets the worst component win", () => {
    const statuses = ["under_maintenance", "degraded_performance", "major_outage", "partial_outage"] as const;
    expect(rollupStatus({ componentStatuses: statuses, incidents: [] }).indicator).toBe("critical");
    expect(rollupStatus({ componentStatuses: ["under_maintenance", "degraded_performance"], incidents: [] }).indicator).toBe(
      "minor",
    );
  });

  it("raises the indicator to an unresolved incident's impact", () => {
    expect(rollupStatus({ componentStatuses: ["operational"], incidents: [incident("minor")] })).toEqual({
      indicator: "minor",
      description: "Minor Service Outage",
    });
    expect(rollupStatus({ componentStatuses: [], incidents: [incident("major", "monitoring")] }).indicator).toBe("major");
    expect(rollupStatus({ componentStatuses: [], incidents: [incident("critical", "identified")] }).indicator).toBe(
      "critical",
    );
  });

  it("says Minor Service Outage when an incident causes the minor indicator, even with degraded components", () => {
    const rollup = rollupStatus({ componentStatuses: ["degraded_performance"], incidents: [incident("minor")] });
    expect(rollup.description).toBe("Minor Service Outage");
  });

  it("ignores impact none and resolved incidents", () => {
    expect(rollupStatus({ componentStatuses: [], incidents: [incident("none")] }).indicator).toBe("none");
    const closed = [incident("critical", "resolved"), incident("major", "postmortem")];
    expect(rollupStatus({ componentStatuses: [], incidents: closed }).indicator).toBe("none");
  });

  it("shows maintenance only while it is in progress or verifying", () => {
    expect(rollupStatus({ componentStatuses: [], incidents: [maintenance("in_progress")] })).toEqual({
      indicator: "maintenance",
      description: "Service Under Maintenance",
    });
    expect(rollupStatus({ componentStatuses: [], incidents: [maintenance("verifying")] }).indicator).toBe("maintenance");
    for (const status of ["scheduled", "completed"] as const) {
      expect(rollupStatus({ componentStatuses: [], incidents: [maintenance(status)] }).indicator).toBe("none");
    }
  });

  it("ranks an outage above maintenance, and maintenance above nothing", () => {
    const both = { componentStatuses: ["degraded_performance"] as const, incidents: [maintenance("in_progress")] };
    expect(rollupStatus(both).indicator).toBe("minor");
    const withIncident = { componentStatuses: ["under_maintenance"] as const, incidents: [incident("critical")] };
    expect(rollupStatus(withIncident).indicator).toBe("critical");
  });
});

describe("rollupBanner", () => {
  it("has words for every indicator", () => {
    for (const indicator of ["none", "minor", "major", "critical", "maintenance"] as const) {
      expect(rollupBanner(indicator)).toMatch(/\w/);
    }
  });
});

describe("pageHeadline", () => {
  // Regression (issue 9): a page with no components said "All Systems Operational".
  it("says plainly that nothing is listed yet when no component is listed and nothing is wrong", () => {
    const rollup = rollupStatus({ componentStatuses: [], incidents: [] });
    expect(rollup).toEqual({ indicator: "none", description: "All Systems Operational" });
    expect(pageHeadline(rollup, 0)).toBe(EMPTY_PAGE_HEADLINE);
    expect(EMPTY_PAGE_HEADLINE).not.toMatch(/operational/i);
  });

  it("keeps the rollup's words once something is listed, or when an incident is open", () => {
    expect(pageHeadline(rollupStatus({ componentStatuses: ["operational"], incidents: [] }), 1)).toBe("All Systems Operational");
    const incident = { kind: "incident" as const, status: "investigating" as const, impact: "major" as const };
    expect(pageHeadline(rollupStatus({ componentStatuses: [], incidents: [incident] }), 0)).toBe("Partial System Outage");
  });
});
