import "server-only";
import { z } from "zod";
import { parseInput } from "../validation";
import { type Actor, authorize } from "./actor";
import { unlockLoginAddress } from "./login-throttle";

// For the owner who is locked out anyway (a shared network, their own typos): `beacon unlock`
// makes the address's failed sign-ins stop counting, from every source, at once.

export const unlockSignInInput = z.object({
  email: z.string().trim().toLowerCase().min(1, "must not be empty").max(320),
  now: z.date().optional(),
});

export type UnlockSignInInput = z.input<typeof unlockSignInInput>;

/** Returns how many failed attempts stopped counting (0: the address was not locked). */
export async function unlockSignIn(actor: Actor, input: UnlockSignInInput): Promise<{ cleared: number }> {
  authorize(actor, "users:manage");
  const { email, now = new Date() } = parseInput(unlockSignInInput, input);
  return { cleared: await unlockLoginAddress(email, now) };
}
