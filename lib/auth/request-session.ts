import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getEnv } from "../env";
import type { UserActor } from "./get-session-actor";
import { getSessionActor } from "./get-session-actor";

// The dashboard's side of sessions: the cookie and the signed-in user of this request. The
// session itself (token, expiry, revocation) lives in the database, see create-session.ts.

export const SESSION_COOKIE = "beacon_session";

/** The visitor's address as server.ts determined it (it overwrites any client-sent value). */
export async function getClientIp(): Promise<string> {
  return (await headers()).get("x-beacon-client-ip") ?? "unknown";
}

export async function setSessionCookie(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: getEnv().BEACON_URL.startsWith("https://"),
    path: "/",
    expires: expiresAt,
  });
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
