import { describe, expect, it } from "vitest";
import { componentBadgeKeys, FIXED_PUBLIC_PATHS, snapshotKey } from "./public-paths";

describe("snapshotKey", () => {
  it("maps public pages to their keys", () => {
    expect(snapshotKey("/")).toBe("/");
    expect(snapshotKey("/api/v2/summary.json")).toBe("/api/v2/summary.json");
    expect(snapshotKey("/incidents/cmabc123")).toBe("/incidents/cmabc123");
    expect(snapshotKey("/history.atom")).toBe("/history.atom");
  });

  it("ignores query strings that do not change the page", () => {
    expect(snapshotKey("/?utm_source=twitter")).toBe("/");
    expect(snapshotKey("/api/v2/status.json?_=123")).toBe("/api/v2/status.json");
    expect(snapshotKey("/history/")).toBe("/history");
  });

  it("keeps the history page number", () => {
    expect(snapshotKey("/history?page=2")).toBe("/history?page=2");
    expect(snapshotKey("/history?page=1")).toBe("/history");
    expect(snapshotKey("/history?page=0")).toBeNull();
    expect(snapshotKey("/history?page=abc")).toBeNull();
  });

  it("keeps a badge's dark variant under its own key and ignores any other query", () => {
    expect(snapshotKey("/badge.svg")).toBe("/badge.svg");
    expect(snapshotKey("/badge.svg?theme=dark")).toBe("/badge.svg?theme=dark");
    expect(snapshotKey("/badge.svg?v=3&theme=dark")).toBe("/badge.svg?theme=dark");
    expect(snapshotKey("/badge.svg?theme=light")).toBe("/badge.svg");
    expect(snapshotKey("/badge.svg?theme=DARK&cache=1")).toBe("/badge.svg");
    expect(snapshotKey("/badge/cmabc123.svg")).toBe("/badge/cmabc123.svg");
    expect(snapshotKey("/badge/cmabc123.svg?theme=dark&utm_source=readme")).toBe("/badge/cmabc123.svg?theme=dark");
    expect(snapshotKey("/badge/cmabc123.svg?style=flat")).toBe("/badge/cmabc123.svg");
    expect(componentBadgeKeys("cmabc123")).toEqual(["/badge/cmabc123.svg", "/badge/cmabc123.svg?theme=dark"]);
    // The keys the keeper renders are the keys requests map to.
    for (const key of [...FIXED_PUBLIC_PATHS, ...componentBadgeKeys("cmabc123")]) expect(snapshotKey(key), key).toBe(key);
  });

  it("leaves everything else to the app", () => {
    expect(snapshotKey("/admin")).toBeNull();
    expect(snapshotKey("/api/health")).toBeNull();
    expect(snapshotKey("/api/v1/incidents")).toBeNull();
    expect(snapshotKey("/incidents/../admin")).toBeNull();
    expect(snapshotKey("/_next/static/chunks/app.js")).toBeNull();
    expect(snapshotKey("/badge/cmabc123.png")).toBeNull();
    expect(snapshotKey("/badge/../admin.svg")).toBeNull();
    expect(snapshotKey("/badge/a/b.svg")).toBeNull();
    expect(snapshotKey("/badge")).toBeNull();
  });
});
