import type { BrowserContext } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { hashPassword } from "../../lib/auth/password";
import { hashSecretToken } from "../../lib/auth/secret-token";
import { SESSION_TOKEN_PREFIX, sessionExpiry } from "../../lib/auth/session-policy";
import type { Role } from "../../lib/auth/actor";
import type { Db } from "../../lib/database/client";
import { e2eDb, uniqueName } from "./db";

// Signs a fresh user in by writing a session row and setting its cookie, as the login form
// would; only the sign-in test itself goes through the form.

/** `db`: the database of the server signed in to (another Beacon than the suite's, say). */
export async function signInAs(context: BrowserContext, baseURL: string, role: Role = "editor", db: Db = e2eDb()) {
  const email = `${uniqueName(role).replace(/\s+/g, "-").toLowerCase()}@example.com`;
  const user = await db.user.create({ data: { email, role, passwordHash: await hashPassword(randomBytes(12).toString("hex")) } });
  const token = `${SESSION_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const expiresAt = sessionExpiry(new Date());
  await db.session.create({ data: { userId: user.id, tokenHash: hashSecretToken(token), expiresAt } });
  await context.addCookies([
    { name: "beacon_session", value: token, url: baseURL, httpOnly: true, sameSite: "Lax", expires: Math.floor(expiresAt.getTime() / 1000) },
  ]);
  return { user, remove: () => db.user.delete({ where: { id: user.id } }) };
}
