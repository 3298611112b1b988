import "server-only";
import { type Actor, authorize, type Role } from "../auth/actor";
import { getDb } from "../db";

export type UserSummary = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  createdAt: Date;
  disabledAt: Date | null;
};

/** What the dashboard may show of a user: never the password hash. */
export const userSummarySelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  createdAt: true,
  disabledAt: true,
} as const;

export async function listUsers(actor: Actor): Promise<UserSummary[]> {
  authorize(actor, "users:manage");
  return getDb().user.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: userSummarySelect });
}
