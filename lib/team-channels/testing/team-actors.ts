import type { Actor } from "../../auth/actor";
import type { Db } from "../../database/client";

// An admin backed by a real row (audit entries point at users by foreign key), for the team
// channel tests: whoever sets a channel up is told by email when it keeps failing.

let sequence = 0;

export async function createAdmin(db: Db): Promise<Extract<Actor, { kind: "user" }>> {
  sequence += 1;
  const email = `admin-${Date.now().toString(36)}-${sequence}@example.com`;
  const user = await db.user.create({ data: { email, passwordHash: "not a real hash", role: "admin" } });
  return { kind: "user", id: user.id, email, role: "admin" };
}
