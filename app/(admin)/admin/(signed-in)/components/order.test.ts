import { describe, expect, it } from "vitest";
import { movedOrder, topLevelEntries } from "./order";

const at = new Date("2026-01-01T00:00:00Z");
const group = (id: string, position: number) => ({ id, name: id, description: null, position, createdAt: at, updatedAt: at });
const component = (id: string, position: number, groupId: string | null = null) => ({
  id,
  groupId,
  name: id,
  description: null,
  status: "operational" as const,
  position,
  showcase: true,
  onlyShowIfDegraded: false,
  startDate: null,
  createdAt: at,
  updatedAt: at,
});

describe("topLevelEntries", () => {
  it("interleaves groups and ungrouped components by position, a group first on a tie", () => {
    const tree = { groups: [group("g1", 1), group("g2", 3)], components: [component("a", 0), component("b", 1), component("c", 0, "g1"), component("d", 2)] };
    const entries = topLevelEntries(tree);
    expect(entries.map((e) => e.id)).toEqual(["a", "g1", "b", "d", "g2"]);
    const first = entries[1];
    expect(first?.kind === "group" ? first.components.map((c) => c.id) : null).toEqual(["c"]);
  });
});

describe("movedOrder", () => {
  it("swaps an entry with its neighbour", () => {
    expect(movedOrder(["a", "b", "c"], 1, -1)).toEqual(["b", "a", "c"]);
    expect(movedOrder(["a", "b", "c"], 1, 1)).toEqual(["a", "c", "b"]);
  });

  it("gives null past either end", () => {
    expect(movedOrder(["a", "b"], 0, -1)).toBeNull();
    expect(movedOrder(["a", "b"], 1, 1)).toBeNull();
  });
});
