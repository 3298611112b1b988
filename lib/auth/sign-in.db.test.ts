import { describe, expect, it } from "vitest";
import { commandLineActor } from "./actor";
import { createUser } from "../users/create-user";
import { withTestDatabase } from "../testing/with-test-database";
import { getSessionActor } from "./get-session-actor";
import { LOGIN_MAX_FAILURES, LOGIN_MAX_FAILURES_PER_SOURCE } from "./login-throttle-rule";
import { signIn } from "./sign-in";
import { unlockSignIn } from "./unlock-sign-in";

const db = withTestDatabase();

const PASSWORD = "the right password";
const t0 = new Date("2026-03-01T12:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

async function failTimes(count: number, attempt: (i: number) => Promise<unknown>) {
  for (let i = 0; i < count; i += 1) expect(await attempt(i)).toEqual({ status: "invalid" });
}

describe("signIn", () => {
  it("starts a session for the right password, whatever the address's case", async () => {
    const user = await createUser(commandLineActor, { email: "ok@example.com", password: PASSWORD, role: "admin" });
    const result = await signIn({ email: " OK@Example.com ", password: PASSWORD, ip: "192.0.2.1", now: t0 });
    expect(result).toMatchObject({ status: "ok", actor: { kind: "user", id: user.id, email: "ok@example.com", role: "admin" } });
    if (result.status !== "ok") throw new Error("expected a session");
    expect(await getSessionActor(result.token, { now: t0 })).toMatchObject({ id: user.id });
  });

  it("answers the same for an unknown address, a wrong password and a disabled account", async () => {
    await createUser(commandLineActor, { email: "known@example.com", password: PASSWORD });
    const disabled = await createUser(commandLineActor, { email: "off@example.com", password: PASSWORD });
    await db().user.update({ where: { id: disabled.id }, data: { disabledAt: t0 } });
    const unknown = await signIn({ email: "nobody@example.com", password: PASSWORD, ip: "192.0.2.2", now: t0 });
    const wrong = await signIn({ email: "known@example.com", password: "not the password", ip: "192.0.2.2", now: t0 });
    const off = await signIn({ email: "off@example.com", password: PASSWORD, ip: "192.0.2.2", now: t0 });
    expect(unknown).toEqual({ status: "invalid" });
    expect(wrong).toEqual(unknown);
    expect(off).toEqual(unknown);
    expect(await db().session.count()).toBe(1); // only the first test's
  });

  it("records every attempt without the password", async () => {
    await signIn({ email: "Record@example.com", password: "secret-guess-123", ip: "192.0.2.3", now: t0 });
    const rows = await db().loginAttempt.findMany({ where: { ip: "192.0.2.3" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ email: "record@example.com", succeeded: false, throttled: false, createdAt: t0 });
    expect(JSON.stringify(rows)).not.toContain("secret-guess-123");
  });

  // Regression: ten wrong passwords for the owner's address from any IP locked the account everywhere.
  it("never lets a stranger's failures from elsewhere lock the owner out", async () => {
    await createUser(commandLineActor, { email: "owner@example.com", password: PASSWORD });
    const stranger = "198.51.100.7";
    await failTimes(10, (i) => signIn({ email: "owner@example.com", password: `guess ${i}`, ip: stranger, now: at(i) }));
    // The stranger is refused without a password check, even with the right password...
    expect(await signIn({ email: "owner@example.com", password: PASSWORD, ip: stranger, now: at(10) })).toEqual({
      status: "rate_limited",
      retryAfterMinutes: 5,
    });
    // ...while the owner, from their own address, signs in in the middle of it, and again later.
    expect((await signIn({ email: "owner@example.com", password: PASSWORD, ip: "192.0.2.44", now: at(10) })).status).toBe("ok");
    expect((await signIn({ email: "owner@example.com", password: PASSWORD, ip: "192.0.2.44", now: at(12) })).status).toBe("ok");
  });

  it("refuses the 11th failure for one address from one source until the window passes, without extending it", async () => {
    await createUser(commandLineActor, { email: "target@example.com", password: PASSWORD });
    const ip = "198.51.100.9";
    await failTimes(10, (i) => signIn({ email: "target@example.com", password: `guess ${i}`, ip, now: at(i) }));
    expect(await signIn({ email: "target@example.com", password: PASSWORD, ip, now: at(10) })).toEqual({
      status: "rate_limited",
      retryAfterMinutes: 5,
    });
    // Refused attempts do not extend the lock-out.
    expect(await signIn({ email: "target@example.com", password: PASSWORD, ip, now: at(14.5) })).toEqual({
      status: "rate_limited",
      retryAfterMinutes: 1,
    });
    expect(await db().loginAttempt.count({ where: { email: "target@example.com", throttled: true } })).toBe(2);
    // Another address from the same source is below the source's own limit.
    expect((await signIn({ email: "other@example.com", password: "x", ip, now: at(10) })).status).toBe("invalid");
    // At minute 15 the first failure has left the window: nine remain, so one more try is allowed.
    expect((await signIn({ email: "target@example.com", password: PASSWORD, ip, now: at(15) })).status).toBe("ok");
  });

  it(`refuses a source after ${LOGIN_MAX_FAILURES_PER_SOURCE} failures, whatever the addresses`, async () => {
    await createUser(commandLineActor, { email: "ipvictim@example.com", password: PASSWORD });
    const ip = "203.0.113.7";
    await failTimes(LOGIN_MAX_FAILURES_PER_SOURCE, (i) => signIn({ email: `spray${i}@example.com`, password: PASSWORD, ip, now: at(i / 2) }));
    expect(await signIn({ email: "ipvictim@example.com", password: PASSWORD, ip, now: at(10) })).toEqual({
      status: "rate_limited",
      retryAfterMinutes: 5,
    });
    // The same address from another source is fine, and this source again once the window passed.
    expect((await signIn({ email: "ipvictim@example.com", password: PASSWORD, ip: "203.0.113.8", now: at(10) })).status).toBe("ok");
    expect((await signIn({ email: "ipvictim@example.com", password: PASSWORD, ip, now: at(25) })).status).toBe("ok");
  });

  it("counts the addresses of one IPv6 /64 as one source", async () => {
    const net = "2001:db8:5:6";
    await failTimes(10, (i) => signIn({ email: "v6@example.com", password: `guess ${i}`, ip: `${net}::${i + 1}`, now: at(i) }));
    expect((await signIn({ email: "v6@example.com", password: "x", ip: `${net}:ffff::99`, now: at(10) })).status).toBe("rate_limited");
    expect((await signIn({ email: "v6@example.com", password: "x", ip: "2001:db8:5:7::1", now: at(10) })).status).toBe("invalid");
  });

  // Regression: on PostgreSQL, parallel guesses all passed the check before any was recorded (17 for 10).
  it("checks at most the limit's passwords when 30 guesses arrive at once", async () => {
    await createUser(commandLineActor, { email: "parallel@example.com", password: PASSWORD });
    const guesses = Array.from({ length: 30 }, (_, i) =>
      signIn({ email: "parallel@example.com", password: `guess ${i}`, ip: "198.51.100.30", now: at(i / 100) }),
    );
    const statuses = (await Promise.all(guesses)).map((result) => result.status);
    expect(statuses.filter((status) => status === "invalid")).toHaveLength(LOGIN_MAX_FAILURES);
    expect(statuses.filter((status) => status === "rate_limited")).toHaveLength(30 - LOGIN_MAX_FAILURES);
  });

  it(`checks at most ${LOGIN_MAX_FAILURES_PER_SOURCE} passwords when one source sprays 30 addresses at once`, async () => {
    const guesses = Array.from({ length: 30 }, (_, i) =>
      signIn({ email: `sprayed${i}@example.com`, password: "guess", ip: "198.51.100.31", now: at(i / 100) }),
    );
    const statuses = (await Promise.all(guesses)).map((result) => result.status);
    expect(statuses.filter((status) => status === "invalid")).toHaveLength(LOGIN_MAX_FAILURES_PER_SOURCE);
  });

  it("lets a locked address in again after unlockSignIn, from the source that locked it", async () => {
    await createUser(commandLineActor, { email: "unlock@example.com", password: PASSWORD });
    const ip = "198.51.100.40";
    await failTimes(10, (i) => signIn({ email: "unlock@example.com", password: `guess ${i}`, ip, now: at(i) }));
    expect((await signIn({ email: "unlock@example.com", password: PASSWORD, ip, now: at(10) })).status).toBe("rate_limited");
    expect(await unlockSignIn(commandLineActor, { email: " Unlock@Example.com ", now: at(10) })).toEqual({ cleared: 10 });
    expect((await signIn({ email: "unlock@example.com", password: PASSWORD, ip, now: at(10.5) })).status).toBe("ok");
    // The attempts stay in the log.
    expect(await db().loginAttempt.count({ where: { email: "unlock@example.com", unlockedAt: { not: null } } })).toBe(10);
    expect(await unlockSignIn(commandLineActor, { email: "unlock@example.com" })).toEqual({ cleared: 0 });
  });

  it("does not let a success wipe earlier failures, nor count as one", async () => {
    await createUser(commandLineActor, { email: "mixed@example.com", password: PASSWORD });
    const ip = "203.0.113.50";
    await failTimes(9, (i) => signIn({ email: "mixed@example.com", password: `guess ${i}`, ip, now: at(i) }));
    expect((await signIn({ email: "mixed@example.com", password: PASSWORD, ip, now: at(9) })).status).toBe("ok");
    expect((await signIn({ email: "mixed@example.com", password: PASSWORD, ip, now: at(9.5) })).status).toBe("ok");
    await failTimes(1, () => signIn({ email: "mixed@example.com", password: "guess 10", ip, now: at(10) }));
    expect((await signIn({ email: "mixed@example.com", password: PASSWORD, ip, now: at(11) })).status).toBe("rate_limited");
  });

  it("asks for both fields", async () => {
    await expect(signIn({ email: " ", password: "", ip: "192.0.2.9" })).rejects.toMatchObject({
      code: "validation",
      fields: { email: "must not be empty", password: "must not be empty" },
    });
  });
});
