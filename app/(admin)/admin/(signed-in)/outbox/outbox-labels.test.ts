import { describe, expect, it } from "vitest";
import { outboxTitle } from "./outbox-labels";

describe("outboxTitle", () => {
  it("names a component's status change with the component and both statuses in words", () => {
    const componentChange = { componentId: "c1", name: "Checkout", oldStatus: "operational", newStatus: "major_outage" };
    expect(outboxTitle({ kind: "component_update", updateStatus: null, componentChange })).toBe(
      "Component status change (webhooks, team channels): Checkout, Operational → Major outage",
    );
    expect(outboxTitle({ kind: "component_update", updateStatus: null, componentChange: null })).toBe("Component status change (webhooks, team channels)");
  });

  it("still names incident updates by the status they announced", () => {
    expect(outboxTitle({ kind: "incident_update", updateStatus: "identified", componentChange: null })).toBe("Incident update: Identified");
  });
});
