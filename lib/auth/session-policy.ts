// How long a session lasts and when using it extends it. Pure, so the rule is unit-tested
// apart from the database.

export const SESSION_TOKEN_PREFIX = "bcs_";

/** A session ends 14 days after it was last used (sliding expiry). */
export const SESSION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

/** Using a session writes to the database at most this often, not on every request. */
export const SESSION_REFRESH_INTERVAL_MS = 60 * 60 * 1000;

export function sessionExpiry(now: Date): Date {
  return new Date(now.getTime() + SESSION_LIFETIME_MS);
}

export function isSessionExpired(expiresAt: Date, now: Date): boolean {
  return expiresAt.getTime() <= now.getTime();
}

/** Whether this use should refresh `lastSeenAt` and push the expiry out again. */
export function shouldRefreshSession(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= SESSION_REFRESH_INTERVAL_MS;
}
