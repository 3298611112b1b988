import { describe, expect, it } from "vitest";
import { inDisplayOrder } from "./display-order";

describe("inDisplayOrder", () => {
  it("interleaves groups and top-level components by position and names each one's group", () => {
    const groups = [
      { id: "g2", name: "Backend", position: 2 },
      { id: "g1", name: "Frontend", position: 0 },
    ];
    const components = [
      { id: "api", name: "API", position: 1, groupId: "g2" },
      { id: "db", name: "Database", position: 0, groupId: "g2" },
      { id: "web", name: "Website", position: 0, groupId: "g1" },
      { id: "mail", name: "Email", position: 1, groupId: null },
      { id: "lost", name: "Orphan", position: 3, groupId: "gone" },
    ];
    expect(inDisplayOrder({ groups, components }).map((c) => [c.id, c.group])).toEqual([
      ["web", "Frontend"],
      ["mail", null],
      ["db", "Backend"],
      ["api", "Backend"],
      ["lost", null],
    ]);
  });
});
