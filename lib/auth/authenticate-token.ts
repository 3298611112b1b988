import "server-only";
import { getDb } from "../db";
import type { Actor } from "./actor";
import { hashSecretToken } from "./secret-token";

export type TokenActor = Extract<Actor, { kind: "token" }>;

/** `lastUsedAt` is only "about when": writing it on every API request would double the writes. */
export const TOKEN_LAST_USED_INTERVAL_MS = 60_000;

const BEARER = /^Bearer[ \t]+([A-Za-z0-9_-]{1,200})[ \t]*$/i;

/** The API token behind an `Authorization: Bearer <token>` header, or null if it does not work. */
export async function authenticateApiToken(
  authorizationHeader: string | null | undefined,
  { now = new Date() }: { now?: Date } = {},
): Promise<TokenActor | null> {
  const token = BEARER.exec(authorizationHeader ?? "")?.[1];
  if (!token) return null;
  const db = getDb();
  const found = await db.apiToken.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: { id: true, name: true, revokedAt: true, expiresAt: true, lastUsedAt: true },
  });
  if (!found || found.revokedAt) return null;
  if (found.expiresAt && found.expiresAt.getTime() <= now.getTime()) return null;
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() >= TOKEN_LAST_USED_INTERVAL_MS) {
    await db.apiToken.updateMany({ where: { id: found.id }, data: { lastUsedAt: now } });
  }
  return { kind: "token", id: found.id, name: found.name };
}
