import "server-only";
import { type Actor, authorize } from "../auth/actor";
import { hashPassword } from "../auth/password";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { ConflictError } from "../errors";
import { ensurePage } from "../pages/ensure-page";
import { parseInput } from "../validation";
import { type CreateUserInput, createUserInput } from "./schemas";

export type CreatedUser = { id: string; email: string; role: "owner" | "admin" | "editor" };

export async function createUser(actor: Actor, input: CreateUserInput): Promise<CreatedUser> {
  authorize(actor, "users:manage");
  const data = parseInput(createUserInput, input);
  const passwordHash = await hashPassword(data.password);
  const page = await ensurePage();
  const db = getDb();
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
    if (existing) throw new ConflictError("A user with that email address already exists");
    const user = await tx.user.create({
      data: { email: data.email, name: data.name, role: data.role, passwordHash },
      select: { id: true, email: true, role: true },
    });
    await recordAudit(tx, {
      pageId: page.id,
      actor,
      action: "user.create",
      targetType: "user",
      targetId: user.id,
      details: { role: user.role },
    });
    return user;
  });
}
