import { describe, expect, it } from "vitest";
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
