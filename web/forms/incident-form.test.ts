import { describe, expect, it } from "vitest";
import { createIncidentInput, scheduleMaintenanceInput } from "../../lib/incidents/schemas";
import { latestYear } from "../../lib/time/plausible-date";
import { componentChangesFrom, localDateTimeToIso } from "./incident-form";

describe("componentChangesFrom", () => {
  it("keeps only components given a valid status", () => {
    const form = new FormData();
    form.set("component:a", "major_outage");
    form.set("component:b", "");
    form.set("component:c", "exploded");
    form.set("name", "x");
    expect(componentChangesFrom(form)).toEqual({ a: "major_outage" });
  });
});

describe("localDateTimeToIso", () => {
  it("reads the time in the page's zone", () => {
    expect(localDateTimeToIso("2026-11-24T14:05", "Europe/Berlin")).toBe("2026-11-24T13:05:00.000Z");
    expect(localDateTimeToIso("2026-07-01T09:00", "America/New_York")).toBe("2026-07-01T13:00:00.000Z");
    expect(localDateTimeToIso("2026-03-29T03:30", "Europe/Berlin")).toBe("2026-03-29T01:30:00.000Z");
  });

  it("leaves empty and unreadable values to validation", () => {
    expect(localDateTimeToIso("", "UTC")).toBeUndefined();
    expect(localDateTimeToIso("yesterday", "UTC")).toBe("yesterday");
  });
});

describe("dates typed into the dashboard's forms", () => {
  // Regression (issue 9): year 0001 in "Started at" read as 1901 and old years were stored, freezing the snapshot.
  it("keeps the year as typed, so the date rule sees it", () => {
    expect(localDateTimeToIso("0001-01-01T00:00", "UTC")).toBe("0001-01-01T00:00:00.000Z");
    expect(localDateTimeToIso("0099-06-01T12:00", "UTC")).toBe("0099-06-01T12:00:00.000Z");
  });

  it("are refused outside 1970 to a few years ahead, by field, with the years named", () => {
    const started = createIncidentInput.safeParse({ name: "Outage", startedAt: localDateTimeToIso("0999-11-28T10:00", "Europe/Berlin") });
    expect(started.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["startedAt", `must be between 1970 and ${latestYear()}`],
    ]);
    const scheduled = scheduleMaintenanceInput.safeParse({
      name: "Upgrade",
      scheduledFor: localDateTimeToIso("0001-01-01T10:00", "UTC"),
      scheduledUntil: localDateTimeToIso("0001-01-01T12:00", "UTC"),
    });
    expect(scheduled.error?.issues.map((issue) => issue.path.join("."))).toEqual(["scheduledFor", "scheduledUntil"]);
    expect(scheduleMaintenanceInput.safeParse({ name: "Upgrade", scheduledFor: "2026-12-24T10:00:00Z", scheduledUntil: "2026-12-24T12:00:00Z" }).success).toBe(true);
  });
});
