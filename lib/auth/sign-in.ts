import "server-only";
import { z } from "zod";
import { getDb } from "../db";
import { parseInput } from "../validation";
import type { UserActor } from "./get-session-actor";
import { createSession } from "./create-session";
import { throttleSourceKey } from "../throttle/throttle-source-key";
import { markLoginSucceeded, reserveLoginAttempt } from "./login-throttle";
import { verifyPassword } from "./password";

export const signInInput = z.object({
  // Not checked for email syntax: a malformed address just fails like an unknown one.
  email: z.string().trim().toLowerCase().min(1, "must not be empty").max(320),
  password: z.string().min(1, "must not be empty").max(1024),
  // The client's address as the app layer determined it (behind a proxy, from its header).
  ip: z.string().trim().min(1).max(64),
  now: z.date().optional(),
});

export type SignInInput = z.input<typeof signInInput>;

export type SignInResult =
  | { status: "ok"; token: string; expiresAt: Date; actor: UserActor }
  | { status: "invalid" }
  | { status: "rate_limited"; retryAfterMinutes: number };

// An argon2id hash (same cost as real ones) of a random password nobody knows. Verifying
// against it when the address is unknown makes that answer take as long as a wrong password.
const DUMMY_PASSWORD_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$qqOqoDk+xrIZNoB0Uw0FEQ$0XomGC2IrhR8lXSDQcAhJ+9nVTHVCihczjFIywuChiE";

/**
 * Checks an email and password and, if they match an enabled user, starts a session.
 * Unknown address, wrong password and disabled account all answer `invalid`, alike.
 */
export async function signIn(input: SignInInput): Promise<SignInResult> {
  const { email, password, ip, now = new Date() } = parseInput(signInInput, input);
  const key = { email, ip: throttleSourceKey(ip) };

  const reservation = await reserveLoginAttempt(key, now);
  if (!reservation.allowed) return { status: "rate_limited", retryAfterMinutes: reservation.retryAfterMinutes };

  const user = await getDb().user.findUnique({
    where: { email },
    select: { id: true, email: true, role: true, passwordHash: true, disabledAt: true },
  });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? DUMMY_PASSWORD_HASH, password);
  if (!user || !passwordMatches || user.disabledAt) return { status: "invalid" };

  await markLoginSucceeded(reservation.attemptId);
  const session = await createSession(user.id, { now });
  return { status: "ok", ...session, actor: { kind: "user", id: user.id, email: user.email, role: user.role } };
}
