import "server-only";
import { getDb } from "../db";
import {
  combineThrottleDecisions,
  evaluateLoginThrottle,
  LOGIN_MAX_FAILURES,
  type ThrottleDecision,
  throttleWindowStart,
} from "./login-throttle-rule";

export type LoginAttemptKey = { email: string; ip: string };

// Only real failures count: successes, and attempts the throttle itself refused, do not.
const countedFailure = { succeeded: false, throttled: false } as const;

async function recentFailures(where: { email: string } | { ip: string }, now: Date): Promise<Date[]> {
  const rows = await getDb().loginAttempt.findMany({
    where: { ...where, ...countedFailure, createdAt: { gt: throttleWindowStart(now), lte: now } },
    orderBy: { createdAt: "desc" },
    take: LOGIN_MAX_FAILURES,
    select: { createdAt: true },
  });
  return rows.map((row) => row.createdAt);
}

/** Whether a sign-in for this address from this IP may be tried now. */
export async function checkLoginThrottle({ email, ip }: LoginAttemptKey, now: Date): Promise<ThrottleDecision> {
  const [byEmail, byIp] = await Promise.all([recentFailures({ email }, now), recentFailures({ ip }, now)]);
  return combineThrottleDecisions([evaluateLoginThrottle(byEmail, now), evaluateLoginThrottle(byIp, now)]);
}

export async function recordLoginAttempt(
  { email, ip }: LoginAttemptKey,
  outcome: { succeeded: boolean; throttled?: boolean },
  now: Date,
): Promise<void> {
  await getDb().loginAttempt.create({
    data: { email, ip, succeeded: outcome.succeeded, throttled: outcome.throttled ?? false, createdAt: now },
  });
}

/**
 * Housekeeping: deletes attempts made before `before`. Anything older than the 15-minute
 * window no longer affects the throttle; keep longer only to read them as a security log.
 */
export async function deleteLoginAttemptsBefore(before: Date): Promise<number> {
  const { count } = await getDb().loginAttempt.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}
