import { describe, expect, it } from "vitest";
import { componentNotice, incidentNotice, longBodyNotice, maintenanceNotice, testNotice } from "../chat/testing/sample-notices";
import { fallbackTime, SLACK_LIMITS, slackMessage, type SlackBlock, type SlackMessage } from "./slack-message";

function sectionTexts(message: SlackMessage): string[] {
  return message.blocks.flatMap((block) => (block.type === "section" && "text" in block ? [block.text.text] : []));
}

function block<T extends SlackBlock["type"]>(message: SlackMessage, type: T): Extract<SlackBlock, { type: T }>[] {
  return message.blocks.filter((candidate): candidate is Extract<SlackBlock, { type: T }> => candidate.type === type);
}

describe("slackMessage", () => {
  it("heads the message with the title and says the headline and impact in words after the mark", () => {
    const message = slackMessage(incidentNotice);
    expect(block(message, "header")[0]?.text.text).toBe("Slow checkout");
    expect(sectionTexts(message)[0]).toBe("🔴 *Identified* · Major impact");
  });

  it("carries the body as mrkdwn, escaped, with links converted", () => {
    const body = sectionTexts(slackMessage(incidentNotice))[1];
    expect(body).toContain("a *full disk* on one database node &amp; we are _moving_ data off it.");
    expect(body).toContain("• Orders are safe\n• Payments retry");
    expect(body).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(body).toContain("<https://acme.example/blog?a=1&amp;b=2|our blog>");
    expect(body).toContain("and not this.");
    expect(body).not.toContain("javascript:");
  });

  it("has a plain fallback text naming the page, the headline and the title", () => {
    expect(slackMessage(incidentNotice).text).toBe("🔴 Acme Status — Identified · Major impact: Slow checkout");
    expect(slackMessage(componentNotice).text).toBe("🔴 Acme Status — Major outage: API: Major outage");
  });

  it("lists components and a maintenance window, times in the reader's zone with a named-zone fallback", () => {
    const message = slackMessage(maintenanceNotice);
    const fields = block(message, "section").flatMap((section) => ("fields" in section ? section.fields.map((field) => field.text) : []));
    expect(fields).toEqual([
      "*Components*\nDatabase — Under maintenance",
      "*Window*\n<!date^1796508000^{date_short_pretty} {time}|5 Dec 2026, 23:00 CET> – <!date^1796520600^{date_short_pretty} {time}|6 Dec 2026, 02:30 CET>",
    ]);
    expect(block(message, "context")[0]?.elements[0]?.text).toBe("Acme Status · <!date^1796202000^{date_short_pretty} {time}|2 Dec 2026, 10:00 CET>");
  });

  it("says the time in UTC when the page's zone is unknown", () => {
    expect(fallbackTime(new Date("2026-12-02T14:05:00Z"), "Not/AZone")).toBe("2 Dec 2026, 14:05 UTC");
  });

  it("links to the incident, or to the status page for a component change or a test", () => {
    expect(block(slackMessage(incidentNotice), "actions")[0]?.elements[0]).toEqual({
      type: "button",
      text: { type: "plain_text", text: "View incident", emoji: true },
      url: "https://status.acme.example/incidents/inc1",
    });
    for (const notice of [componentNotice, testNotice]) {
      expect(block(slackMessage(notice), "actions")[0]?.elements[0]?.text.text).toBe("View status page");
    }
  });

  it("leaves out the body and the fields when there are none", () => {
    const message = slackMessage({ ...componentNotice, components: [] });
    expect(message.blocks.map((candidate) => candidate.type)).toEqual(["header", "section", "context", "actions"]);
  });

  it("keeps within Slack's limits for a 10,000-character body and a long title", () => {
    const message = slackMessage({ ...longBodyNotice, title: "T".repeat(400), components: Array.from({ length: 300 }, (_, i) => `Component ${i} — Major outage`) });
    expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    expect(block(message, "header")[0]?.text.text).toHaveLength(SLACK_LIMITS.header);
    for (const text of sectionTexts(message)) expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.section);
    const body = sectionTexts(message)[1] ?? "";
    expect(body.endsWith("…")).toBe(true);
    expect(body).not.toMatch(/<[^>]*…$|&[a-z]*…$/);
    for (const section of block(message, "section")) {
      if ("fields" in section) for (const field of section.fields) expect(field.text.length).toBeLessThanOrEqual(SLACK_LIMITS.field);
    }
    expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.text);
    expect(JSON.stringify(message).length).toBeLessThan(10_000);
  });
});
