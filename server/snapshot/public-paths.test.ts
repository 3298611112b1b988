import { describe, expect, it } from "vitest";
import { snapshotKey } from "./public-paths";

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

  it("leaves everything else to the app", () => {
    expect(snapshotKey("/admin")).toBeNull();
    expect(snapshotKey("/api/health")).toBeNull();
    expect(snapshotKey("/api/v1/incidents")).toBeNull();
    expect(snapshotKey("/incidents/../admin")).toBeNull();
    expect(snapshotKey("/_next/static/chunks/app.js")).toBeNull();
  });
});
