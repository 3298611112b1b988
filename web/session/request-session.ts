import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { UserActor } from "../../lib/auth/get-session-actor";
import { getSessionActor } from "../../lib/auth/get-session-actor";
import { SESSION_COOKIE, sessionCookie } from "./session-cookie";

// The dashboard's side of sessions: the cookie and the signed-in user of this request. The
// session itself (token, expiry, revocation) lives in the database, see lib/auth/create-session.ts.

export { SESSION_COOKIE };

/** The visitor's address as server/server.ts determined it (it overwrites any client-sent value). */
export async function getClientIp(): Promise<string> {
  return (await headers()).get("x-beacon-client-ip") ?? "unknown";
}

export async function setSessionCookie(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(sessionCookie(token, expiresAt));
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}

export async function getSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}

export async function getCurrentUser(): Promise<UserActor | null> {
  return getSessionActor(await getSessionToken());
}

/** The signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<UserActor> {
  const user = await getCurrentUser();
  if (!user) redirect("/admin/login");
  return user;
}
