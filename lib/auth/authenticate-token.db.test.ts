import { describe, expect, it } from "vitest";
import { commandLineActor } from "./actor";
import { createApiToken } from "../tokens/create-api-token";
import { revokeApiToken } from "../tokens/revoke-api-token";
import { withTestDatabase } from "../testing/with-test-database";
import { authenticateApiToken } from "./authenticate-token";

const db = withTestDatabase();

const t0 = new Date("2026-03-01T12:00:00Z");
const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe("authenticateApiToken", () => {
  it("accepts a live token as a token actor", async () => {
    const { id, token } = await createApiToken(commandLineActor, { name: "deploy bot" });
    expect(await authenticateApiToken(`Bearer ${token}`, { now: t0 })).toEqual({ kind: "token", id, name: "deploy bot" });
    expect(await authenticateApiToken(`bearer  ${token}`, { now: t0 })).toMatchObject({ id });
  });

  it("refuses a missing, malformed or unknown credential", async () => {
    const { token } = await createApiToken(commandLineActor, { name: "shape" });
    for (const header of [null, "", token, `Basic ${token}`, `Bearer`, `Bearer ${token} extra`, "Bearer bcn_unknown"]) {
      expect(await authenticateApiToken(header, { now: t0 })).toBeNull();
    }
  });

  it("refuses a revoked token", async () => {
    const { id, token } = await createApiToken(commandLineActor, { name: "revoked" });
    await revokeApiToken(commandLineActor, { id });
    expect(await authenticateApiToken(`Bearer ${token}`)).toBeNull();
  });

  it("refuses an expired token", async () => {
    const { id, token } = await createApiToken(commandLineActor, { name: "expiring" });
    await db().apiToken.update({ where: { id }, data: { expiresAt: later(60) } });
    expect(await authenticateApiToken(`Bearer ${token}`, { now: later(59) })).not.toBeNull();
    expect(await authenticateApiToken(`Bearer ${token}`, { now: later(60) })).toBeNull();
  });

  it("updates lastUsedAt at most once a minute", async () => {
    const { id, token } = await createApiToken(commandLineActor, { name: "busy" });
    const lastUsedAt = async () => (await db().apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    expect(await lastUsedAt()).toBeNull();
    await authenticateApiToken(`Bearer ${token}`, { now: t0 });
    expect(await lastUsedAt()).toEqual(t0);
    await authenticateApiToken(`Bearer ${token}`, { now: later(59) });
    expect(await lastUsedAt()).toEqual(t0);
    await authenticateApiToken(`Bearer ${token}`, { now: later(60) });
    expect(await lastUsedAt()).toEqual(later(60));
  });
});
