import { describe, expect, it } from "vitest";
import { type Actor, commandLineActor } from "../auth/actor";
import { withTestDatabase } from "../testing/with-test-database";
import { createUser } from "../users/create-user";
import { createApiToken } from "./create-api-token";
import { listApiTokens } from "./list-api-tokens";
import { revokeApiToken } from "./revoke-api-token";

const db = withTestDatabase();

const editor: Actor = { kind: "user", id: "e", email: "e@example.com", role: "editor" };
const tokenActor: Actor = { kind: "token", id: "t", name: "bot" };

describe("listApiTokens", () => {
  it("lists tokens with their creator's address and never the hash", async () => {
    const user = await createUser(commandLineActor, { email: "maker@example.com", password: "a long enough password", role: "admin" });
    const admin: Actor = { kind: "user", id: user.id, email: user.email, role: "admin" };
    const { id, token } = await createApiToken(admin, { name: "ci" });
    const listed = await listApiTokens(admin);
    const row = listed.find((t) => t.id === id);
    expect(row).toMatchObject({ name: "ci", createdByEmail: "maker@example.com", lastUsedAt: null, revokedAt: null });
    expect(token.startsWith(row?.prefix ?? "?")).toBe(true);
    expect(JSON.stringify(listed)).not.toMatch(/tokenHash|[0-9a-f]{64}/);
    expect(JSON.stringify(listed)).not.toContain(token);
  });

  it("is refused to editors and API tokens", async () => {
    await expect(listApiTokens(editor)).rejects.toMatchObject({ code: "forbidden" });
    await expect(listApiTokens(tokenActor)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("revokeApiToken", () => {
  it("sets revokedAt once and audits once, however often it is asked", async () => {
    const { id } = await createApiToken(commandLineActor, { name: "old" });
    const first = await revokeApiToken(commandLineActor, { id });
    const second = await revokeApiToken(commandLineActor, { id });
    expect(second.revokedAt).toEqual(first.revokedAt);
    expect(await db().auditLog.count({ where: { action: "token.revoke", targetId: id } })).toBe(1);
  });

  it("refuses an unknown token and an editor", async () => {
    await expect(revokeApiToken(commandLineActor, { id: "missing" })).rejects.toMatchObject({ code: "not_found" });
    const { id } = await createApiToken(commandLineActor, { name: "kept" });
    await expect(revokeApiToken(editor, { id })).rejects.toMatchObject({ code: "forbidden" });
    expect((await db().apiToken.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
  });
});
