import { describe, expect, it } from "vitest";
import { commandLineActor } from "../auth/actor";
import { hashSecretToken } from "../auth/secret-token";
import { withTestDatabase } from "../testing/with-test-database";
import { createApiToken } from "./create-api-token";

const db = withTestDatabase();

describe("createApiToken", () => {
  it("returns the token once and stores only its hash", async () => {
    const created = await createApiToken(commandLineActor, { name: "deploy bot" });
    expect(created.token).toMatch(/^bcn_[A-Za-z0-9_-]{43}$/);
    const stored = await db().apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.tokenHash).toBe(hashSecretToken(created.token));
    expect(JSON.stringify(stored)).not.toContain(created.token);
    expect(created.token.startsWith(stored.prefix)).toBe(true);
  });

  it("refuses an empty name and tokens minted by another token", async () => {
    await expect(createApiToken(commandLineActor, { name: "  " })).rejects.toMatchObject({ code: "validation" });
    const token = { kind: "token", id: "t", name: "bot" } as const;
    await expect(createApiToken(token, { name: "escalation" })).rejects.toThrow(/not allowed/);
  });
});
