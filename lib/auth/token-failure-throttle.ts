import "server-only";
import { evaluateLoginThrottle, LOGIN_MAX_FAILURES, type ThrottleDecision, throttleWindowStart } from "./login-throttle-rule";
import { throttleSourceKey } from "../throttle/throttle-source-key";
import { getDb } from "../db";
import { lockThrottleKeys } from "../throttle/lock-throttle-keys";

// Requests with a bad API token, counted per source in their own table. Only failures are ever
// looked at, after the token was checked: a valid token is never refused, and bad tokens never
// lock the sign-in page of the same network. Tokens are 256-bit random, so this does not guard
// against guessing; it keeps a misconfigured or hostile client from costing a lookup per request.

/** Records one bad-token request; refused (and not recorded) once the source is over the limit. */
export async function recordTokenFailure(ip: string, now: Date): Promise<ThrottleDecision> {
  const source = throttleSourceKey(ip);
  return getDb().$transaction(async (tx) => {
    await lockThrottleKeys(tx, [`api:${source}`]);
    const recent = await tx.apiTokenFailure.findMany({
      where: { ip: source, createdAt: { gt: throttleWindowStart(now) } },
      orderBy: { createdAt: "desc" },
      take: LOGIN_MAX_FAILURES,
      select: { createdAt: true },
    });
    const decision = evaluateLoginThrottle(
      recent.map((row) => row.createdAt),
      now,
      LOGIN_MAX_FAILURES,
    );
    // Refused requests are not recorded, so a client that keeps trying does not extend its wait.
    if (decision.allowed) await tx.apiTokenFailure.create({ data: { ip: source, createdAt: now } });
    return decision;
  });
}

/** Housekeeping: failures older than `before` no longer count. */
export async function deleteTokenFailuresBefore(before: Date): Promise<number> {
  const { count } = await getDb().apiTokenFailure.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}
