import { describe, expect, it } from "vitest";
import { appliedHashOf, componentFor, mapAlerts, type RouteRef, routeMatches, statusForSeverity, worstByComponent } from "./map-alerts";
import { alertmanagerWebhook } from "./schemas";
import { alertmanagerPayload } from "./testing/payload";

const components = [
  { id: "c-api", name: "API" },
  { id: "c-web", name: " Website " },
];
const routes: RouteRef[] = [
  { componentId: "c-gone", matchers: { job: "api" } },
  { componentId: "c-api", matchers: { job: "api", env: "prod" } },
  { componentId: "c-web", matchers: { job: "api" } },
];

describe("statusForSeverity", () => {
  it.each([
    ["critical", "major_outage"],
    ["CRITICAL ", "major_outage"],
    ["error", "partial_outage"],
    ["major", "partial_outage"],
    ["warning", "degraded_performance"],
    ["info", "partial_outage"],
    ["", "partial_outage"],
    [null, "partial_outage"],
  ] as const)("%s -> %s", (severity, status) => expect(statusForSeverity(severity)).toBe(status));
});

describe("componentFor", () => {
  it("takes the component label as an id first, then as a name in any case", () => {
    expect(componentFor({ component: "c-web" }, components, routes)).toBe("c-web");
    expect(componentFor({ component: "website" }, components, routes)).toBe("c-web");
  });

  it("falls back to the first route whose matchers all equal the labels, skipping routes of deleted components", () => {
    expect(componentFor({ job: "api", env: "prod" }, components, routes)).toBe("c-api");
    expect(componentFor({ job: "api", env: "dev" }, components, routes)).toBe("c-web");
    expect(componentFor({ component: "unknown", job: "api" }, components, routes)).toBe("c-web");
    expect(componentFor({ job: "API" }, components, routes)).toBeNull();
  });

  it("lets an empty matcher value stand for a missing label, as Alertmanager does", () => {
    expect(routeMatches({ componentId: "x", matchers: { env: "" } }, { job: "a" })).toBe(true);
    expect(routeMatches({ componentId: "x", matchers: { env: "" } }, { env: "prod" })).toBe(false);
  });
});

describe("mapAlerts", () => {
  const body = (status?: "firing" | "resolved") =>
    alertmanagerWebhook.parse(
      alertmanagerPayload(
        "g",
        [
          { fingerprint: "1", labels: { alertname: "A", component: "API", severity: "warning" } },
          { fingerprint: "2", labels: { alertname: "B", component: "API", severity: "critical" } },
          { fingerprint: "2", labels: { alertname: "dup", component: "Website" } },
          { fingerprint: "3", status: "resolved", labels: { alertname: "C", component: "Website", severity: "critical" } },
        ],
        status,
      ),
    );

  it("keeps the first of a repeated fingerprint and gives each component its worst firing status", () => {
    const alerts = mapAlerts(body(), components, routes);
    expect(alerts.map((alert) => [alert.fingerprint, alert.alertname, alert.firing])).toEqual([["1", "A", true], ["2", "B", true], ["3", "C", false]]);
    expect(worstByComponent(alerts)).toEqual({ "c-api": "major_outage" });
  });

  it("counts no alert as firing in a resolved group", () => {
    expect(mapAlerts(body("resolved"), components, routes).some((alert) => alert.firing)).toBe(false);
  });

  it("hashes what the firing alerts ask for, whatever their order and whether resolved ones are listed", () => {
    const alerts = mapAlerts(body(), components, routes);
    const firingOnly = alerts.filter((alert) => alert.firing).reverse();
    expect(appliedHashOf(firingOnly)).toBe(appliedHashOf(alerts));
    expect(appliedHashOf([{ ...alerts[0]!, severity: "critical" }, alerts[1]!])).not.toBe(appliedHashOf(alerts));
    expect(appliedHashOf([{ ...alerts[0]!, componentId: "c-web" }, alerts[1]!])).not.toBe(appliedHashOf(alerts));
    // An alert that names nothing on the page changes nothing there.
    expect(appliedHashOf([...alerts, { ...alerts[0]!, fingerprint: "9", componentId: null }])).toBe(appliedHashOf(alerts));
  });
});
