import { describe, expect, it } from "vitest";
import { componentIdFromBadgeFile } from "./badge-file";

describe("componentIdFromBadgeFile", () => {
  it("takes the id from <id>.svg", () => {
    expect(componentIdFromBadgeFile("cmabc123.svg")).toBe("cmabc123");
    expect(componentIdFromBadgeFile("a_b-C.svg")).toBe("a_b-C");
  });

  it("refuses anything that cannot be a component's badge", () => {
    for (const file of ["cmabc123", "cmabc123.png", ".svg", "a.b.svg", "../x.svg", `${"a".repeat(65)}.svg`, "x%00.svg"]) {
      expect(componentIdFromBadgeFile(file), file).toBeNull();
    }
  });
});
