import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "./route";
import { withTestDatabase } from "../../../../lib/testing/with-test-database";
import { BASE_URL, type SeededPage, seedStatusPage } from "../../../../lib/status-page/testing/seed-status-page";
import { checkComponent, expectBody, getV2 } from "../../../../lib/status-page/testing/v2-shape";
import type { V2Component } from "../../../../lib/status-page/v2/types";

process.env.BEACON_URL = BASE_URL;
const db = withTestDatabase();
let seeded: SeededPage;
let components: V2Component[];
beforeAll(async () => {
  seeded = await seedStatusPage(db());
  const body = await getV2(GET);
  expectBody(body, ["components"]);
  components = body.components as V2Component[];
});

const byName = (name: string): V2Component => {
  const component = components.find((item) => item.name === name);
  if (!component) throw new Error(`no component named ${name}`);
  return component;
};

describe("GET /api/v2/components.json", () => {
  it("lists every group and component with exactly Statuspage's keys", () => {
    expect(components).toHaveLength(4);
    components.forEach((component, i) => checkComponent(component, `components[${i}]`));
  });

  it("orders top-level entries by position, each group followed by its children by position", () => {
    expect(components.map((component) => component.name)).toEqual(["Website", "Platform", "Database", "API"]);
    const top = components.filter((component) => component.group_id === null).map((component) => component.position);
    expect(top).toEqual([...top].sort((a, b) => a - b));
    const children = components.filter((component) => component.group_id === seeded.groupId);
    expect(children.map((component) => component.position)).toEqual([1, 2]);
  });

  it("turns a group into a component with group: true and its children's ids", () => {
    const group = byName("Platform");
    expect(group).toMatchObject({ id: seeded.groupId, group: true, group_id: null, page_id: seeded.pageId });
    expect(group.components).toEqual([seeded.databaseId, seeded.apiId]);
    // A group shows its worst child's status: partial_outage beats under_maintenance.
    expect(group.status).toBe("partial_outage");
  });

  it("gives the components key to groups only", () => {
    for (const component of components) expect("components" in component).toBe(component.group);
    expect(components.filter((component) => component.group)).toHaveLength(1);
  });

  it("carries each component's own fields", () => {
    expect(byName("API")).toMatchObject({ id: seeded.apiId, status: "partial_outage", group_id: seeded.groupId, group: false });
    expect(byName("Database")).toMatchObject({ status: "under_maintenance", showcase: false });
    expect(byName("Website")).toMatchObject({
      id: seeded.websiteId,
      group_id: null,
      start_date: "2025-06-15",
      only_show_if_degraded: true,
      description: null,
      page_id: seeded.pageId,
    });
    expect(byName("API").start_date).toBeNull();
    for (const component of components) expect(typeof component.id).toBe("string");
  });
});
