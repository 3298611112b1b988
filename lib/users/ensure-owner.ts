import "server-only";
import type { Actor } from "../auth/actor";
import { getDb } from "../db";
import { createUser } from "./create-user";

export type OwnerBootstrap = "exists" | "created" | "missing";

/**
 * On first start with no users, creates the owner from BEACON_ADMIN_EMAIL and
 * BEACON_ADMIN_PASSWORD. Once anyone exists those variables are ignored, so a
 * forgotten variable cannot reset a password later.
 */
export async function ensureOwner(
  actor: Actor,
  admin: { email?: string; password?: string },
): Promise<OwnerBootstrap> {
  const users = await getDb().user.count();
  if (users > 0) return "exists";
  if (!admin.email || !admin.password) return "missing";
  await createUser(actor, { email: admin.email, password: admin.password, role: "owner" });
  return "created";
}
