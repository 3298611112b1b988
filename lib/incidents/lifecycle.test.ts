import { describe, expect, it } from "vitest";
import { assertStatusFitsKind, impactOf, nextTimestamps } from "./lifecycle";

const earlier = new Date("2026-03-01T10:00:00Z");
const now = new Date("2026-03-01T12:00:00Z");
const open = { monitoringAt: null, resolvedAt: null };

describe("nextTimestamps", () => {
  it("records the first time an incident reaches monitoring and resolved", () => {
    expect(nextTimestamps(open, "identified", now)).toEqual(open);
    expect(nextTimestamps(open, "monitoring", now)).toEqual({ monitoringAt: now, resolvedAt: null });
    expect(nextTimestamps({ monitoringAt: earlier, resolvedAt: null }, "monitoring", now)).toEqual({ monitoringAt: earlier, resolvedAt: null });
    expect(nextTimestamps(open, "resolved", now)).toEqual({ monitoringAt: null, resolvedAt: now });
    expect(nextTimestamps({ monitoringAt: null, resolvedAt: earlier }, "postmortem", now)).toEqual({ monitoringAt: null, resolvedAt: earlier });
    expect(nextTimestamps(open, "completed", now)).toEqual({ monitoringAt: null, resolvedAt: now });
  });

  it("clears resolvedAt when an incident is reopened, keeping monitoringAt", () => {
    expect(nextTimestamps({ monitoringAt: earlier, resolvedAt: earlier }, "investigating", now)).toEqual({ monitoringAt: earlier, resolvedAt: null });
  });
});

describe("assertStatusFitsKind", () => {
  it("accepts each kind's own statuses and names the field otherwise", () => {
    expect(() => assertStatusFitsKind("incident", "postmortem")).not.toThrow();
    expect(() => assertStatusFitsKind("maintenance", "verifying")).not.toThrow();
    expect(() => assertStatusFitsKind("maintenance", "resolved")).toThrow(
      expect.objectContaining({ code: "validation", fields: { status: "must be one of scheduled, in_progress, verifying, completed for maintenance" } }),
    );
  });
});

describe("impactOf", () => {
  it("takes the impact of the worst status; maintenance and operational have none", () => {
    expect(impactOf([])).toBe("none");
    expect(impactOf(["under_maintenance", "operational"])).toBe("none");
    expect(impactOf(["degraded_performance"])).toBe("minor");
    expect(impactOf(["degraded_performance", "partial_outage"])).toBe("major");
    expect(impactOf(["major_outage", "partial_outage"])).toBe("critical");
  });
});
