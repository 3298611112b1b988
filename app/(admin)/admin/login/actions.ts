"use server";

import { signIn } from "@/lib/auth/sign-in";
import { getClientIp, setSessionCookie } from "@/web/session/request-session";
import { databaseUnavailable } from "@/lib/database/database-unavailable";
import { redirect } from "next/navigation";

export type SignInState = { status: "idle" } | { status: "error"; message: string; email: string };

// Only paths inside the dashboard: a `next` parameter must never send someone off-site.
function safeNext(value: FormDataEntryValue | null): string {
  const next = typeof value === "string" ? value : "";
  return /^\/admin(\/[\w\-/]*)?$/.test(next) ? next : "/admin";
}

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "").trim();
  const password = String(formData.get("password") ?? "");
  if (!email || !password) return { status: "error", message: "Enter your email address and your password.", email };
  let result: Awaited<ReturnType<typeof signIn>>;
  try {
    result = await signIn({ email, password, ip: await getClientIp() });
  } catch (error) {
    // Signing in writes (the attempt, the session): a busy database is a message, not a 500.
    if (!databaseUnavailable(error)) throw error;
    return { status: "error", message: "The database is busy, so you are not signed in. Try again in a few seconds.", email };
  }
  if (result.status === "rate_limited") {
    const minutes = result.retryAfterMinutes;
    return {
      status: "error",
      // Only this network is held back (lib/auth/login-throttle.ts); say so, and how to get in now.
      message:
        `Too many failed sign-ins from your network. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}, ` +
        "or from another network; an administrator can lift this with npm run beacon -- unlock --email <address>.",
      email,
    };
  }
  if (result.status === "invalid") {
    return { status: "error", message: "That email address and password do not match an account.", email };
  }
  await setSessionCookie(result.token, result.expiresAt);
  redirect(safeNext(formData.get("next")));
}
