import { getEnv } from "../../lib/env";
import { sessionExpiry } from "../../lib/auth/session-policy";

// The session cookie's name and attributes, in one place: set at sign-in (request-session.ts)
// and set again with a later expiry while the session is in use (proxy.ts), so the cookie
// slides with the session instead of expiring 14 days after sign-in.

export const SESSION_COOKIE = "beacon_session";

export type SessionCookie = {
  name: string;
  value: string;
  httpOnly: true;
  sameSite: "lax";
  secure: boolean;
  path: "/";
  expires: Date;
};

export function sessionCookie(token: string, expiresAt: Date): SessionCookie {
  return { name: SESSION_COOKIE, value: token, httpOnly: true, sameSite: "lax", secure: getEnv().BEACON_URL.startsWith("https://"), path: "/", expires: expiresAt };
}

/**
 * The cookie to send back on a dashboard page load that carries one, expiring when a session
 * used now would (the database's expiry slides the same way, see lib/auth/get-session-actor.ts). A
 * token the database no longer knows gains nothing: the dashboard refuses it all the same.
 */
export function slidSessionCookie(token: string | undefined, now = new Date()): SessionCookie | null {
  if (!token) return null;
  return sessionCookie(token, sessionExpiry(now));
}
