"use server";

import { clearSessionCookie, getSessionToken } from "@/web/session/request-session";
import { revokeSession } from "@/lib/auth/revoke-session";
import { redirect } from "next/navigation";

export async function signOutAction(): Promise<void> {
  const token = await getSessionToken();
  if (token) await revokeSession(token);
  await clearSessionCookie();
  redirect("/admin/login");
}
