import { describe, expect, it } from "vitest";
import { checkComponent, checkPage } from "./v2-shape";

// The contract tests are only as strict as these checks, so they are tested to fail.

const page = { id: "p", name: "Acme", url: "https://x.test", time_zone: "Etc/UTC", updated_at: "2026-03-01T12:00:00.000Z" };
const component = {
  id: "c",
  name: "API",
  status: "operational",
  created_at: "2026-03-01T12:00:00.000Z",
  updated_at: "2026-03-01T12:00:00.000Z",
  position: 1,
  description: null,
  showcase: true,
  start_date: null,
  group_id: null,
  page_id: "p",
  group: false,
  only_show_if_degraded: false,
};

describe("v2 shape checks", () => {
  it("accept a well-formed object", () => {
    expect(() => checkPage(page, "page")).not.toThrow();
    expect(() => checkComponent(component, "c")).not.toThrow();
    expect(() => checkComponent({ ...component, group: true, components: ["a"] }, "g")).not.toThrow();
  });

  it("reject an extra or a missing key", () => {
    expect(() => checkPage({ ...page, extra: 1 }, "page")).toThrow(/page keys/);
    const { time_zone: _dropped, ...missing } = page;
    expect(() => checkPage(missing, "page")).toThrow(/page keys/);
    expect(() => checkComponent({ ...component, components: [] }, "c")).toThrow(/c keys/);
  });

  it("reject wrong types, bad enums and non-ISO timestamps", () => {
    expect(() => checkPage({ ...page, id: 1 }, "page")).toThrow(/page.id/);
    expect(() => checkPage({ ...page, updated_at: "2026-03-01 12:00" }, "page")).toThrow(/updated_at/);
    expect(() => checkComponent({ ...component, status: "down" }, "c")).toThrow(/c.status/);
    expect(() => checkComponent({ ...component, start_date: "2026-03-01T00:00:00Z" }, "c")).toThrow(/start_date/);
    expect(() => checkComponent({ ...component, group: true, group_id: "x", components: [] }, "g")).toThrow(/group_id/);
  });
});
