import { describe, expect, it } from "vitest";
import { commandLineActor } from "./actor";
import { createUser } from "../users/create-user";
import { withTestDatabase } from "../testing/with-test-database";
import { createSession } from "./create-session";
import { getSessionActor } from "./get-session-actor";
import { deleteExpiredSessions, revokeSession, revokeUserSessions } from "./revoke-session";
import { hashSecretToken } from "./secret-token";

const db = withTestDatabase();

const t0 = new Date("2026-03-01T12:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let counter = 0;
async function newUser(role: "owner" | "admin" | "editor" = "editor") {
  counter += 1;
  return createUser(commandLineActor, { email: `user${counter}@example.com`, password: "a long enough password", role });
}

describe("sessions", () => {
  it("stores only the token's hash and resolves the token to its user", async () => {
    const user = await newUser("admin");
    const { token, expiresAt } = await createSession(user.id, { now: t0 });
    expect(token).toMatch(/^bcs_[A-Za-z0-9_-]{43}$/);
    expect(expiresAt).toEqual(later(14 * DAY));
    const stored = await db().session.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).toBe(hashSecretToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await getSessionActor(token, { now: later(HOUR / 2) })).toEqual({
      kind: "user",
      id: user.id,
      email: user.email,
      role: "admin",
    });
  });

  it("refuses unknown, empty and expired tokens", async () => {
    const user = await newUser();
    const { token } = await createSession(user.id, { now: t0 });
    expect(await getSessionActor("bcs_not-a-real-token")).toBeNull();
    expect(await getSessionActor("")).toBeNull();
    expect(await getSessionActor(null)).toBeNull();
    expect(await getSessionActor(token, { now: later(14 * DAY) })).toBeNull();
  });

  it("slides the expiry on use, writing at most once an hour", async () => {
    const user = await newUser();
    const { token } = await createSession(user.id, { now: t0 });
    const stored = () => db().session.findFirstOrThrow({ where: { userId: user.id } });
    await getSessionActor(token, { now: later(30 * 60_000) });
    expect((await stored()).lastSeenAt).toEqual(t0);
    await getSessionActor(token, { now: later(13 * DAY) });
    expect(await stored()).toMatchObject({ lastSeenAt: later(13 * DAY), expiresAt: later(27 * DAY) });
    // Used on day 13, so still valid on day 20, past the original 14 days.
    expect(await getSessionActor(token, { now: later(20 * DAY) })).not.toBeNull();
  });

  it("refuses the session of a disabled user", async () => {
    const user = await newUser();
    const { token } = await createSession(user.id, { now: t0 });
    await db().user.update({ where: { id: user.id }, data: { disabledAt: t0 } });
    expect(await getSessionActor(token, { now: later(60_000) })).toBeNull();
  });

  it("revokes one session, or all of a user's but the one kept", async () => {
    const user = await newUser();
    const first = await createSession(user.id, { now: t0 });
    const second = await createSession(user.id, { now: t0 });
    const third = await createSession(user.id, { now: t0 });
    await revokeSession(first.token);
    await revokeSession(first.token);
    expect(await getSessionActor(first.token, { now: t0 })).toBeNull();
    expect(await revokeUserSessions(user.id, { exceptToken: third.token })).toBe(1);
    expect(await getSessionActor(second.token, { now: t0 })).toBeNull();
    expect(await getSessionActor(third.token, { now: t0 })).not.toBeNull();
    expect(await revokeUserSessions(user.id)).toBe(1);
    expect(await getSessionActor(third.token, { now: t0 })).toBeNull();
  });

  it("deletes expired sessions and keeps live ones", async () => {
    const user = await newUser();
    const old = await createSession(user.id, { now: later(-30 * DAY) });
    const live = await createSession(user.id, { now: t0 });
    expect(await deleteExpiredSessions(t0)).toBeGreaterThanOrEqual(1);
    expect(await db().session.count({ where: { tokenHash: hashSecretToken(old.token) } })).toBe(0);
    expect(await getSessionActor(live.token, { now: t0 })).not.toBeNull();
  });
});
