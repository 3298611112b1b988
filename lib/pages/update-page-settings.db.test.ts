import { describe, expect, it } from "vitest";
import { commandLineActor } from "../auth/actor";
import { withTestDatabase } from "../testing/with-test-database";
import { updatePageSettings } from "./update-page-settings";

const db = withTestDatabase();

describe("updatePageSettings", () => {
  it("changes what is given, clears blanks, and audits the change", async () => {
    await updatePageSettings(commandLineActor, { name: "Acme Status", supportContact: "help@acme.example", timeZone: "Europe/Berlin" });
    const page = await updatePageSettings(commandLineActor, { supportContact: "", guidanceText: "Please retry in 10 minutes." });
    expect(page).toMatchObject({ name: "Acme Status", timeZone: "Europe/Berlin", supportContact: null, guidanceText: "Please retry in 10 minutes." });
    const audit = await db().auditLog.findMany({ where: { action: "page.update" }, orderBy: { createdAt: "asc" } });
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[1]?.details ?? "{}")).toEqual({ changed: ["supportContact", "guidanceText"] });
  });

  it("names each bad field", async () => {
    await expect(
      updatePageSettings(commandLineActor, { timeZone: "Mars/Olympus", siteUrl: "javascript:alert(1)", accentColor: "red" }),
    ).rejects.toMatchObject({
      code: "validation",
      fields: {
        timeZone: expect.stringContaining("IANA time zone"),
        siteUrl: "must be an http:// or https:// URL",
        accentColor: "must be a colour like #0a7c4a",
      },
    });
  });

  it("is for owners and admins only", async () => {
    const editor = { kind: "user", id: "u", email: "e@example.com", role: "editor" } as const;
    await expect(updatePageSettings(editor, { name: "Hijacked" })).rejects.toThrow(/not allowed/);
  });
});
