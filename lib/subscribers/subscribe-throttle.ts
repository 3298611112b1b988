import "server-only";
import { getDb, type Tx } from "../db";
import { AppError } from "../errors";
import { lockThrottleKeys } from "../throttle/lock-throttle-keys";

// Subscribing sends an email to an address the visitor merely typed, so it is throttled per
// address (nobody can flood one inbox) and per IP (nobody can flood many). Refused attempts
// are not recorded: a throttled request writes nothing and sends nothing.

export const SUBSCRIBE_MAX_PER_ADDRESS = 5;
export const SUBSCRIBE_MAX_PER_IP = 20;
export const SUBSCRIBE_WINDOW_MS = 60 * 60 * 1000;

export class SubscribeRateLimitedError extends AppError {
  readonly retryAfterMinutes: number;

  constructor(retryAfterMinutes: number) {
    const unit = retryAfterMinutes === 1 ? "minute" : "minutes";
    super("rate_limited", `Too many subscription requests. Nothing was sent; please try again in ${retryAfterMinutes} ${unit}.`);
    this.retryAfterMinutes = retryAfterMinutes;
  }
}

/**
 * Minutes until the key drops below `limit` attempts in the window; 0 when it is below now.
 * Attempts stamped after `now` count: a parallel request that read the clock later may commit first.
 */
export function minutesUntilAllowed(recent: readonly Date[], limit: number, now: Date): number {
  const start = now.getTime() - SUBSCRIBE_WINDOW_MS;
  const counted = recent.map((at) => at.getTime()).filter((at) => at > start);
  if (counted.length < limit) return 0;
  // The newest `limit` attempts block; the oldest of them leaving the window lifts the block.
  const oldestBlocking = counted.sort((a, b) => b - a)[limit - 1] as number;
  return Math.max(1, Math.ceil((oldestBlocking + SUBSCRIBE_WINDOW_MS - now.getTime()) / 60_000));
}

async function recentAttempts(tx: Tx, where: { email: string } | { ip: string }, limit: number, now: Date): Promise<Date[]> {
  const rows = await tx.subscribeAttempt.findMany({
    where: { ...where, createdAt: { gt: new Date(now.getTime() - SUBSCRIBE_WINDOW_MS) } },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { createdAt: true },
  });
  return rows.map((row) => row.createdAt);
}

/**
 * Inside the subscribe transaction: throws SubscribeRateLimitedError when the address or the IP
 * is over its limit, else records the attempt. The keys are locked first, so parallel requests
 * count each other's attempts (lib/throttle/lock-throttle-keys.ts); a rollback takes it back.
 */
export async function recordSubscribeAttempt(tx: Tx, key: { email: string; ip: string }, now: Date): Promise<void> {
  await lockThrottleKeys(tx, [`subscribe-email:${key.email}`, `subscribe-ip:${key.ip}`]);
  const byEmail = await recentAttempts(tx, { email: key.email }, SUBSCRIBE_MAX_PER_ADDRESS, now);
  const byIp = await recentAttempts(tx, { ip: key.ip }, SUBSCRIBE_MAX_PER_IP, now);
  const wait = Math.max(
    minutesUntilAllowed(byEmail, SUBSCRIBE_MAX_PER_ADDRESS, now),
    minutesUntilAllowed(byIp, SUBSCRIBE_MAX_PER_IP, now),
  );
  if (wait > 0) throw new SubscribeRateLimitedError(wait);
  await tx.subscribeAttempt.create({ data: { email: key.email, ip: key.ip, createdAt: now } });
}

/** Housekeeping: attempts older than the window no longer count. */
export async function deleteSubscribeAttemptsBefore(before: Date): Promise<number> {
  const { count } = await getDb().subscribeAttempt.deleteMany({ where: { createdAt: { lt: before } } });
  return count;
}
