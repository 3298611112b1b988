import { describe, expect, it } from "vitest";
import { dashboardTitle, dashboardTitleTemplate, publicTitle, publicTitleTemplate } from "./page-title";

// Regression (issue 9): titles mixed "History · Status", "Components · Beacon" and "Acme: All Systems Operational".
describe("page titles", () => {
  it("put what the page shows first, then the page's name, with one separator", () => {
    expect(publicTitle("History", "Acme Status")).toBe("History · Acme Status");
    expect(dashboardTitle("Components", "Acme Status")).toBe("Components · Acme Status dashboard");
  });

  it("give Next templates that produce the same titles", () => {
    expect(publicTitleTemplate("Acme Status")).toEqual({ default: "Acme Status", template: "%s · Acme Status" });
    expect(dashboardTitleTemplate("Acme Status")).toEqual({ default: "Acme Status dashboard", template: "%s · Acme Status dashboard" });
  });
});
