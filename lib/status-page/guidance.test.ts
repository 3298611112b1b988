import { describe, expect, it } from "vitest";
import type { ComponentStatus } from "../components/status";
import { type GuidanceInput, getVisitorGuidance } from "./guidance";

const component = (name: string, status: ComponentStatus = "operational") => ({ name, status });

const calm: GuidanceInput = {
  components: [component("Website"), component("API"), component("Checkout")],
  unresolvedIncidents: [],
  activeMaintenance: [],
  supportContact: null,
  customText: null,
};

const text = (input: GuidanceInput) => getVisitorGuidance(input)?.paragraphs.join("\n") ?? "";

describe("getVisitorGuidance", () => {
  it("says nothing while all is well", () => {
    expect(getVisitorGuidance(calm)).toBeNull();
    expect(getVisitorGuidance({ ...calm, components: [], customText: "Our own words", supportContact: "a@b.co" })).toBeNull();
  });

  it("explains an outage: our side, what a 502 means, retry, caching won't help, check before paying again", () => {
    const guidance = getVisitorGuidance({ ...calm, components: [component("Website"), component("API", "major_outage"), component("Checkout")] });
    expect(guidance).toMatchObject({ level: "outage", custom: false, support: null });
    const all = guidance?.paragraphs.join("\n") ?? "";
    expect(guidance?.paragraphs[0]).toBe("API is down because of a problem on our side, not yours.");
    expect(all).toMatch(/502 Bad Gateway/);
    expect(all).toMatch(/proxy in front of the site/);
    expect(all).toMatch(/try again in a few minutes/i);
    expect(all).toMatch(/browser cache.*router.*another device rarely helps/);
    expect(all).toMatch(/Nothing you did caused this/);
    expect(all).toMatch(/confirmation email before you pay again/);
  });

  it("names several failing parts, or the whole site when everything fails", () => {
    const partial = { ...calm, components: [component("Website"), component("API", "partial_outage"), component("Checkout", "major_outage")] };
    expect(getVisitorGuidance(partial)?.paragraphs[0]).toMatch(/^API and Checkout are down/);
    const everything = { ...calm, components: calm.components.map((c) => component(c.name, "major_outage")) };
    expect(getVisitorGuidance(everything)?.paragraphs[0]).toMatch(/^The site is down/);
    const many = { ...calm, components: ["A", "B", "C", "D", "E"].map((n, i) => component(n, i < 4 ? "major_outage" : "operational")) };
    expect(getVisitorGuidance(many)?.paragraphs[0]).toMatch(/^Several parts of the site are down/);
  });

  it("keeps component names as written at the start of a sentence", () => {
    const guidance = getVisitorGuidance({ ...calm, components: [component("api.example.com", "major_outage"), component("Website")] });
    expect(guidance?.paragraphs[0]).toMatch(/^api\.example\.com is down/);
  });

  it("tells a partial outage from a full one", () => {
    const guidance = getVisitorGuidance({ ...calm, components: [component("Website"), component("API", "partial_outage")] });
    expect(guidance?.paragraphs[0]).toMatch(/^API is failing for some visitors/);
  });

  it("treats a major or critical incident as an outage even with no component marked", () => {
    const incident = { name: "Login errors", impact: "critical" as const, status: "investigating" as const };
    const guidance = getVisitorGuidance({ ...calm, unresolvedIncidents: [incident] });
    expect(guidance?.level).toBe("outage");
    expect(guidance?.paragraphs[0]).toMatch(/^The site is down/);
    expect(getVisitorGuidance({ ...calm, unresolvedIncidents: [{ ...incident, impact: "major" }] })?.paragraphs[0]).toMatch(/failing for some/);
  });

  it("advises patience for degraded performance or a minor incident", () => {
    const slow = getVisitorGuidance({ ...calm, components: [component("Website"), component("Search", "degraded_performance")] });
    expect(slow).toMatchObject({ level: "degraded", heading: "What this problem means for you" });
    expect(slow?.paragraphs[0]).toMatch(/^Search is working, but not as well as usual: pages may load slowly/);
    expect(slow?.paragraphs.join(" ")).toMatch(/wait a minute and try again/);
    const minor = getVisitorGuidance({ ...calm, unresolvedIncidents: [{ name: "Slow emails", impact: "minor", status: "identified" }] });
    expect(minor?.level).toBe("degraded");
    expect(minor?.paragraphs[0]).toMatch(/^The site is working/);
  });

  it("says a fix is being watched when every incident is monitoring", () => {
    const monitoring = { ...calm, components: [component("API", "degraded_performance")] };
    const incident = { name: "Slow API", impact: "minor" as const, status: "monitoring" as const };
    expect(text({ ...monitoring, unresolvedIncidents: [incident] })).toMatch(/A fix is in place/);
    expect(text({ ...monitoring, unresolvedIncidents: [incident, { ...incident, status: "identified" }] })).not.toMatch(/A fix is in place/);
  });

  it("describes maintenance as planned work with its expected end in the page's zone", () => {
    const guidance = getVisitorGuidance({
      ...calm,
      components: [component("Website"), component("Database", "under_maintenance")],
      activeMaintenance: [{ name: "Database upgrade", scheduledUntil: new Date("2026-11-24T22:58:00Z") }],
      timeZone: "Europe/Berlin",
    });
    expect(guidance).toMatchObject({ level: "maintenance", heading: "What the maintenance means for you" });
    expect(guidance?.paragraphs[0]).toBe(
      "We are carrying out planned maintenance (Database upgrade) on Database. Some features may be unavailable or slow until it is finished.",
    );
    expect(guidance?.paragraphs[1]).toBe("It is expected to end by 24 Nov 2026, 23:58 CET.");
    expect(text({ ...calm, activeMaintenance: [{ name: "Network work" }] })).toMatch(/on the site\.[\s\S]*should not take long/);
  });

  it("lets an outage outrank maintenance and slowness", () => {
    const mixed = {
      ...calm,
      components: [component("A", "under_maintenance"), component("B", "degraded_performance"), component("C", "partial_outage")],
    };
    expect(getVisitorGuidance(mixed)?.level).toBe("outage");
  });

  it("uses the owner's own text instead of ours but keeps the support contact", () => {
    const guidance = getVisitorGuidance({
      ...calm,
      components: [component("API", "major_outage")],
      customText: "  **Orders are safe.** Call us.  ",
      supportContact: "help@example.com",
    });
    expect(guidance).toMatchObject({
      level: "outage",
      custom: true,
      paragraphs: ["**Orders are safe.** Call us."],
      support: { kind: "email", value: "help@example.com", href: "mailto:help@example.com" },
    });
    expect(getVisitorGuidance({ ...calm, components: [component("API", "major_outage")], customText: "   " })?.custom).toBe(false);
  });

  it("passes the support contact through as a link or text", () => {
    const failing = { ...calm, components: [component("API", "major_outage")] };
    expect(getVisitorGuidance({ ...failing, supportContact: "https://help.example.com" })?.support).toEqual({
      kind: "url",
      value: "https://help.example.com",
      href: "https://help.example.com/",
    });
    expect(getVisitorGuidance({ ...failing, supportContact: "Ring the front desk" })?.support).toEqual({ kind: "text", value: "Ring the front desk" });
  });
});
