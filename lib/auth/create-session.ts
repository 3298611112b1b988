import "server-only";
import { getDb } from "../db";
import { generateSecretToken, hashSecretToken } from "./secret-token";
import { SESSION_TOKEN_PREFIX, sessionExpiry } from "./session-policy";

export type NewSession = { token: string; expiresAt: Date };

/**
 * Starts a session for a user who has just proven who they are. The token goes into the
 * cookie (the app layer sets it); only its hash is stored.
 */
export async function createSession(userId: string, { now = new Date() }: { now?: Date } = {}): Promise<NewSession> {
  const token = generateSecretToken(SESSION_TOKEN_PREFIX);
  const expiresAt = sessionExpiry(now);
  await getDb().session.create({
    data: { tokenHash: hashSecretToken(token), userId, expiresAt, lastSeenAt: now, createdAt: now },
  });
  return { token, expiresAt };
}
