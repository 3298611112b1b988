import { describe, expect, it } from "vitest";
import { type Actor, commandLineActor } from "../auth/actor";
import { createSession } from "../auth/create-session";
import { getSessionActor } from "../auth/get-session-actor";
import { withTestDatabase } from "../testing/with-test-database";
import { createUser } from "./create-user";
import { deleteUser } from "./delete-user";

const db = withTestDatabase();

let counter = 0;
async function newActor(role: "owner" | "admin" | "editor"): Promise<Actor & { kind: "user" }> {
  counter += 1;
  const user = await createUser(commandLineActor, { email: `${role}${counter}@example.com`, password: "a long enough password", role });
  return { kind: "user", ...user };
}

describe("deleteUser", () => {
  it("deletes the account, ends its sessions and audits it", async () => {
    const admin = await newActor("admin");
    const target = await newActor("editor");
    const { token } = await createSession(target.id);
    await deleteUser(admin, { id: target.id });
    expect(await db().user.count({ where: { id: target.id } })).toBe(0);
    expect(await getSessionActor(token)).toBeNull();
    expect(await db().auditLog.count({ where: { action: "user.delete", targetId: target.id } })).toBe(1);
  });

  it("is refused to editors, and to admins for an owner", async () => {
    const editor = await newActor("editor");
    const admin = await newActor("admin");
    const owner = await newActor("owner");
    const target = await newActor("editor");
    await expect(deleteUser(editor, { id: target.id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(deleteUser(admin, { id: owner.id })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("does not let users delete themselves", async () => {
    const admin = await newActor("admin");
    await expect(deleteUser(admin, { id: admin.id })).rejects.toMatchObject({ code: "conflict" });
  });

  it("never deletes the last active owner", async () => {
    await db().user.deleteMany({ where: { role: "owner" } });
    const owner = await newActor("owner");
    const other = await newActor("owner");
    await deleteUser(owner, { id: other.id });
    await expect(deleteUser(commandLineActor, { id: owner.id })).rejects.toMatchObject({ code: "conflict" });
    expect(await db().user.count({ where: { id: owner.id } })).toBe(1);
  });

  it("refuses an unknown user", async () => {
    await expect(deleteUser(commandLineActor, { id: "missing" })).rejects.toMatchObject({ code: "not_found" });
  });
});
