import { describe, expect, it } from "vitest";
import { componentNotice, incidentNotice, longBodyNotice, maintenanceNotice, testNotice } from "../chat/testing/sample-notices";
import { DISCORD_LIMITS, discordMessage, escapeDiscordMarkdown, type DiscordEmbed } from "./discord-message";

function embedCharacters(embed: DiscordEmbed): number {
  const fields = embed.fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return embed.title.length + (embed.description?.length ?? 0) + fields + embed.footer.text.length;
}

describe("discordMessage", () => {
  it("says page, headline, impact and title in the content line", () => {
    expect(discordMessage(incidentNotice).content).toBe("🔴 **Acme Status** — Identified · Major impact: Slow checkout");
  });

  it("never pings anyone, even when the update says @everyone", () => {
    const message = discordMessage(incidentNotice);
    expect(message.embeds[0].description).toContain("@everyone please hold deploys.");
    expect(message.allowed_mentions).toEqual({ parse: [] });
  });

  it("keeps the body's Markdown for Discord to render, without unsafe links", () => {
    const description = discordMessage(incidentNotice).embeds[0].description ?? "";
    expect(description).toContain("a **full disk** on one database node");
    expect(description).toContain("[our blog](https://acme.example/blog?a=1&b=2) and not this.");
    expect(description).not.toContain("javascript:");
  });

  it("links the title, colours by tone and says status and impact in words", () => {
    const [embed] = discordMessage(incidentNotice).embeds;
    expect(embed).toMatchObject({ title: "Slow checkout", url: "https://status.acme.example/incidents/inc1", color: 0xd92d20 });
    expect(embed.timestamp).toBe("2026-12-02T14:05:00.000Z");
    expect(embed.footer).toEqual({ text: "Acme Status" });
    expect(embed.fields).toEqual([
      { name: "Status", value: "Identified", inline: true },
      { name: "Impact", value: "Major impact", inline: true },
      { name: "Components", value: "API — Partial outage\nCheckout — Major outage\nDatabase — Degraded performance", inline: false },
    ]);
  });

  it("shows a maintenance window as Discord timestamps, in the reader's zone", () => {
    const [embed] = discordMessage(maintenanceNotice).embeds;
    expect(embed.fields.find((field) => field.name === "Window")?.value).toBe("<t:1796508000:f> – <t:1796520600:f>");
    expect(embed.color).not.toBe(discordMessage(incidentNotice).embeds[0].color);
  });

  it("leaves out the description and impact when there are none, keeping the status", () => {
    const [embed] = discordMessage(componentNotice).embeds;
    expect(embed).not.toHaveProperty("description");
    expect(embed.fields.map((field) => field.name)).toEqual(["Status", "Components"]);
    expect(discordMessage(testNotice).embeds[0].fields).toEqual([{ name: "Status", value: "Test", inline: true }]);
  });

  it("escapes the page's words in the content line", () => {
    expect(escapeDiscordMarkdown("API_v2 *beta* [x](y) <@1>")).toBe("API\\_v2 \\*beta\\* \\[x\\](y) \\<@1\\>");
  });

  it("keeps within Discord's limits for a 10,000-character body", () => {
    const notice = { ...longBodyNotice, title: "T".repeat(400), components: Array.from({ length: 300 }, (_, i) => `Component ${i} — Major outage`) };
    const message = discordMessage(notice);
    const [embed] = message.embeds;
    expect(message.content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    expect(embed.title.length).toBeLessThanOrEqual(DISCORD_LIMITS.title);
    expect(embed.description?.length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
    expect(embed.description?.endsWith("…")).toBe(true);
    expect(embed.fields.length).toBeLessThanOrEqual(DISCORD_LIMITS.fields);
    for (const field of embed.fields) {
      expect(field.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName);
      expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    }
    expect(embedCharacters(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.embed);
  });

  it("gives the description only the room the rest leaves under the 6,000 total", () => {
    const notice = { ...longBodyNotice, pageName: "P".repeat(3000), components: Array.from({ length: 300 }, (_, i) => `Component ${i} — Major outage`) };
    const [embed] = discordMessage(notice).embeds;
    expect(embed.footer.text).toHaveLength(DISCORD_LIMITS.footer);
    expect(embed.description?.length).toBeLessThan(DISCORD_LIMITS.description);
    expect(embedCharacters(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.embed);
  });
});
