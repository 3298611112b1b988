// The sign-in throttle, as a pure rule: after `limit` failed attempts within WINDOW_MS for one
// key, further attempts for that key are refused until the oldest counted failure leaves the
// window. Two keys are counted (login-throttle.ts): an address from one source, so a stranger
// elsewhere cannot lock the owner out, and a source whatever the address, against spraying.

/** Failures allowed for one address from one source. */
export const LOGIN_MAX_FAILURES = 10;
/** Failures allowed from one source across every address it tries. */
export const LOGIN_MAX_FAILURES_PER_SOURCE = 20;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterMinutes: number };

/** Where a failure must be (strictly after this instant) to count at `now`. */
export function throttleWindowStart(now: Date): Date {
  return new Date(now.getTime() - LOGIN_WINDOW_MS);
}

/**
 * `failures` are the times of the most recent counted failures for one key, at least `limit`
 * of them if there are that many, in any order. Older ones may be included; they are ignored.
 * Ones stamped after `now` count: a parallel request that read the clock later may commit first.
 */
export function evaluateLoginThrottle(failures: readonly Date[], now: Date, limit = LOGIN_MAX_FAILURES): ThrottleDecision {
  const start = throttleWindowStart(now).getTime();
  const counted = failures.map((at) => at.getTime()).filter((at) => at > start);
  if (counted.length < limit) return { allowed: true };
  // With more failures than the limit (parallel attempts), the lock lifts once enough have aged
  // out to drop below it: that is the (n - limit + 1)-th oldest, the oldest of the last `limit`.
  const sorted = counted.sort((a, b) => b - a);
  const oldestCounted = sorted[limit - 1] as number;
  const waitMs = oldestCounted + LOGIN_WINDOW_MS - now.getTime();
  return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil(waitMs / 60_000)) };
}

/** Refused if either key is locked; then the longer wait applies. */
export function combineThrottleDecisions(decisions: readonly ThrottleDecision[]): ThrottleDecision {
  let wait = 0;
  for (const decision of decisions) if (!decision.allowed) wait = Math.max(wait, decision.retryAfterMinutes);
  return wait > 0 ? { allowed: false, retryAfterMinutes: wait } : { allowed: true };
}
