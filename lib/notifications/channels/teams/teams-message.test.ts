import { describe, expect, it } from "vitest";
import { componentNotice, incidentNotice, longBodyNotice, maintenanceNotice, testNotice } from "../chat/testing/sample-notices";
import { byteSize, cardMarkdown, cardTime, TEAMS_LIMITS, teamsMessage, type TeamsFactSet, type TeamsMessage, type TeamsTextBlock } from "./teams-message";

const card = (message: TeamsMessage) => message.attachments[0].content;
const textBlocks = (message: TeamsMessage) => card(message).body.filter((item): item is TeamsTextBlock => item.type === "TextBlock");
const factsOf = (message: TeamsMessage) => card(message).body.find((item): item is TeamsFactSet => item.type === "FactSet")?.facts ?? [];

describe("teamsMessage", () => {
  it("wraps an Adaptive Card 1.4 the way a Workflows webhook takes it", () => {
    const message = teamsMessage(incidentNotice);
    expect(message.type).toBe("message");
    expect(message.attachments).toHaveLength(1);
    expect(message.attachments[0]).toMatchObject({ contentType: "application/vnd.microsoft.card.adaptive", contentUrl: null });
    expect(card(message)).toMatchObject({ type: "AdaptiveCard", version: "1.4", $schema: "http://adaptivecards.io/schemas/adaptive-card.json" });
  });

  it("heads with the title and says headline and impact in words, coloured by tone", () => {
    const [title, headline] = textBlocks(teamsMessage(incidentNotice));
    expect(title).toEqual({ type: "TextBlock", text: "Slow checkout", wrap: true, size: "Large", weight: "Bolder" });
    expect(headline).toMatchObject({ text: "🔴 Identified · Major impact", color: "attention", wrap: true });
    expect(textBlocks(teamsMessage(maintenanceNotice))[1]?.color).toBe("accent");
    expect(textBlocks(teamsMessage(testNotice))[1]?.color).toBe("default");
  });

  it("keeps the Markdown a card renders, without unsafe links", () => {
    const body = textBlocks(teamsMessage(incidentNotice))[2]?.text ?? "";
    expect(body).toContain("a **full disk** on one database node & we are _moving_ data off it.");
    // One list, its items parted by \r as the card format writes lists.
    expect(body).toContain("\n\n- Orders are safe\r- Payments retry\n\n");
    expect(body).toContain("[our blog](https://acme.example/blog?a=1&b=2) and not this.");
    expect(body).not.toContain("javascript:");
  });

  it("turns headings and images, which cards do not render, into bold lines and links", () => {
    expect(cardMarkdown("## Next steps\nSee ![graph](https://acme.example/g.png)")).toBe("**Next steps**\n\nSee [graph](https://acme.example/g.png)");
  });

  it("writes times with DATE() and TIME() in the exact form the functions need", () => {
    expect(cardTime(new Date("2026-12-02T14:05:00.123Z"))).toBe("{{DATE(2026-12-02T14:05:00Z, SHORT)}} {{TIME(2026-12-02T14:05:00Z)}}");
    const message = teamsMessage(maintenanceNotice);
    expect(factsOf(message)).toEqual([
      { title: "Status", value: "Maintenance scheduled" },
      { title: "Impact", value: "Maintenance" },
      { title: "Components", value: "Database — Under maintenance" },
    ]);
    // In a TextBlock, the one element whose DATE() and TIME() the card format documents.
    expect(textBlocks(message).at(-1)).toEqual({
      type: "TextBlock",
      text: "Window: {{DATE(2026-12-05T22:00:00Z, SHORT)}} {{TIME(2026-12-05T22:00:00Z)}} – {{DATE(2026-12-06T01:30:00Z, SHORT)}} {{TIME(2026-12-06T01:30:00Z)}}\n\nPosted {{DATE(2026-12-02T09:00:00Z, SHORT)}} {{TIME(2026-12-02T09:00:00Z)}}",
      wrap: true,
      isSubtle: true,
    });
  });

  it("always says the status in words, and leaves out what a notice lacks", () => {
    const message = teamsMessage(componentNotice);
    expect(factsOf(message).map((fact) => fact.title)).toEqual(["Status", "Components"]);
    expect(factsOf(message)[0]).toEqual({ title: "Status", value: "Major outage" });
    // Title, headline and the time: a component change has no body.
    expect(textBlocks(message)).toHaveLength(3);
  });

  it("opens the incident, or the status page", () => {
    expect(card(teamsMessage(incidentNotice)).actions).toEqual([{ type: "Action.OpenUrl", title: "View incident", url: "https://status.acme.example/incidents/inc1" }]);
    expect(card(teamsMessage(testNotice)).actions[0]?.title).toBe("View status page");
  });

  it("stays under Teams' size limit by cutting the body, for 10,000 characters and more", () => {
    const small = teamsMessage(longBodyNotice);
    expect(byteSize(small)).toBeLessThanOrEqual(TEAMS_LIMITS.bytes);
    expect(textBlocks(small)[2]?.text.endsWith("…")).toBe(false);

    const huge = teamsMessage({ ...longBodyNotice, body: longBodyNotice.body.repeat(4), title: "T".repeat(5000) });
    const body = textBlocks(huge)[2]?.text ?? "";
    expect(byteSize(huge)).toBeLessThanOrEqual(TEAMS_LIMITS.bytes);
    expect(JSON.stringify(huge).length).toBeLessThanOrEqual(TEAMS_LIMITS.bytes);
    expect(body.endsWith("…")).toBe(true);
    expect(body.length).toBeGreaterThan(10_000);
    expect(textBlocks(huge)[0]?.text).toHaveLength(TEAMS_LIMITS.title);
    expect(factsOf(huge)[0]).toEqual({ title: "Status", value: "Identified" });
  });
});
