import "server-only";
import { getDb } from "../db";
import { hashSecretToken } from "./secret-token";

/** Signs out one session (the cookie's). Unknown tokens are ignored: signing out twice is fine. */
export async function revokeSession(token: string): Promise<void> {
  await getDb().session.deleteMany({ where: { tokenHash: hashSecretToken(token) } });
}

/**
 * Signs a user out everywhere, except the session whose token is `exceptToken` (the one that
 * asked, e.g. after changing one's own password). Returns how many sessions ended.
 */
export async function revokeUserSessions(
  userId: string,
  { exceptToken }: { exceptToken?: string } = {},
): Promise<number> {
  const keep = exceptToken ? { tokenHash: { not: hashSecretToken(exceptToken) } } : {};
  const { count } = await getDb().session.deleteMany({ where: { userId, ...keep } });
  return count;
}

/** Housekeeping for the worker: expired sessions can never be used again. */
export async function deleteExpiredSessions(now: Date = new Date()): Promise<number> {
  const { count } = await getDb().session.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
