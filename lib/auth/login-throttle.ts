import "server-only";
import { getDb, type Tx } from "../db";
import { lockThrottleKeys } from "../throttle/lock-throttle-keys";
import {
  combineThrottleDecisions,
  evaluateLoginThrottle,
  LOGIN_MAX_FAILURES,
  LOGIN_MAX_FAILURES_PER_SOURCE,
  type ThrottleDecision,
  throttleWindowStart,
} from "./login-throttle-rule";

// Sign-in failures count per (address, source) and per source, never per address alone: a
// stranger guessing the owner's password from elsewhere is slowed down, and the owner, from
// their own network, still gets in. `ip` is the source key (lib/throttle/throttle-source-key.ts).

export type LoginAttemptKey = { email: string; ip: string };

export type LoginReservation = { allowed: true; attemptId: string } | Extract<ThrottleDecision, { allowed: false }>;

// Only real failures count: successes, attempts the throttle refused and unlocked ones do not.
const countedFailure = { succeeded: false, throttled: false, unlockedAt: null } as const;

async function recentFailures(tx: Tx, where: LoginAttemptKey | { ip: string }, limit: number, now: Date): Promise<Date[]> {
  const rows = await tx.loginAttempt.findMany({
    where: { ...where, ...countedFailure, createdAt: { gt: throttleWindowStart(now) } },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { createdAt: true },
  });
  return rows.map((row) => row.createdAt);
}

/**
 * Decides whether this sign-in may check a password and records it, in one serialised step: an
 * allowed attempt is written as a failure before the password is checked (markLoginSucceeded
 * turns it into a success), so parallel guesses see each other and the limit holds exactly.
 */
export async function reserveLoginAttempt(key: LoginAttemptKey, now: Date): Promise<LoginReservation> {
  return getDb().$transaction(async (tx) => {
    // Every counted key includes the source, so one lock on it serialises both counts.
    await lockThrottleKeys(tx, [`login:${key.ip}`]);
    const byAddress = await recentFailures(tx, key, LOGIN_MAX_FAILURES, now);
    const bySource = await recentFailures(tx, { ip: key.ip }, LOGIN_MAX_FAILURES_PER_SOURCE, now);
    const decision = combineThrottleDecisions([
      evaluateLoginThrottle(byAddress, now, LOGIN_MAX_FAILURES),
      evaluateLoginThrottle(bySource, now, LOGIN_MAX_FAILURES_PER_SOURCE),
    ]);
    if (!decision.allowed) {
      await tx.loginAttempt.create({ data: { ...key, succeeded: false, throttled: true, createdAt: now } });
      return decision;
    }
    const attempt = await tx.loginAttempt.create({ data: { ...key, succeeded: false, createdAt: now }, select: { id: true } });
    return { allowed: true, attemptId: attempt.id };
  });
}

/** The reserved attempt had the right password: it no longer counts as a failure. */
export async function markLoginSucceeded(attemptId: string): Promise<void> {
  await getDb().loginAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}

/** Failures for this address stop counting, from every source; they stay in the log. */
export async function unlockLoginAddress(email: string, now: Date): Promise<number> {
  const { count } = await getDb().loginAttempt.updateMany({ where: { email, ...countedFailure }, data: { unlockedAt: now } });
  return count;
}

/**
 * Housekeeping: deletes attempts made before `before`. Anything older than the 15-minute
 * window no longer affects the throttle; keep longer only to read them as a security log.
 */
export async function deleteLoginAttemptsBefore(before: Date): Promise<number> {
  const { count } = await getDb().loginAttempt.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}
