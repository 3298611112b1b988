import "server-only";
import { getDb } from "../db";
import type { Actor } from "./actor";
import { hashSecretToken } from "./secret-token";
import { isSessionExpired, sessionExpiry, shouldRefreshSession } from "./session-policy";

export type UserActor = Extract<Actor, { kind: "user" }>;

// Our tokens are 47 characters; anything far longer is not ours and is not worth hashing.
const MAX_TOKEN_LENGTH = 200;

/**
 * The signed-in user behind a session cookie, or null when the session is unknown, expired,
 * or its user is disabled. Role and email are read afresh, so a demotion applies at once.
 */
export async function getSessionActor(
  token: string | null | undefined,
  { now = new Date() }: { now?: Date } = {},
): Promise<UserActor | null> {
  if (!token || token.length > MAX_TOKEN_LENGTH) return null;
  const db = getDb();
  const session = await db.session.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: {
      id: true,
      expiresAt: true,
      lastSeenAt: true,
      user: { select: { id: true, email: true, role: true, disabledAt: true } },
    },
  });
  if (!session || isSessionExpired(session.expiresAt, now) || session.user.disabledAt) return null;
  if (shouldRefreshSession(session.lastSeenAt, now)) {
    // updateMany: a session revoked a moment ago is simply not updated, instead of throwing.
    await db.session.updateMany({
      where: { id: session.id },
      data: { lastSeenAt: now, expiresAt: sessionExpiry(now) },
    });
  }
  const { id, email, role } = session.user;
  return { kind: "user", id, email, role };
}
