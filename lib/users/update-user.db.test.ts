import { beforeAll, describe, expect, it } from "vitest";
import { type Actor, commandLineActor } from "../auth/actor";
import { createSession } from "../auth/create-session";
import { getSessionActor } from "../auth/get-session-actor";
import { withTestDatabase } from "../testing/with-test-database";
import { createUser } from "./create-user";
import { listUsers } from "./list-users";
import { updateUser } from "./update-user";

const db = withTestDatabase();

let counter = 0;
async function newActor(role: "owner" | "admin" | "editor"): Promise<Actor & { kind: "user" }> {
  counter += 1;
  const user = await createUser(commandLineActor, { email: `${role}${counter}@example.com`, password: "a long enough password", role });
  return { kind: "user", ...user };
}

let owner: Actor & { kind: "user" };
let admin: Actor & { kind: "user" };
let editor: Actor & { kind: "user" };

beforeAll(async () => {
  owner = await newActor("owner");
  admin = await newActor("admin");
  editor = await newActor("editor");
});

describe("listUsers", () => {
  it("lists users without their password hashes, for admins only", async () => {
    const users = await listUsers(admin);
    expect(users.map((u) => u.email)).toEqual(expect.arrayContaining([owner.email, admin.email, editor.email]));
    expect(Object.keys(users[0] ?? {}).sort()).toEqual(["createdAt", "disabledAt", "email", "id", "name", "role"]);
    await expect(listUsers(editor)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("updateUser", () => {
  it("changes role and name, and audits what changed", async () => {
    const target = await newActor("editor");
    const updated = await updateUser(admin, { id: target.id, role: "admin", name: "  Sam  " });
    expect(updated).toMatchObject({ role: "admin", name: "Sam" });
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "user.update", targetId: target.id } });
    expect(JSON.parse(audit.details ?? "{}")).toMatchObject({ changed: ["role", "name"], role: "admin" });
    expect(audit.actorLabel).toBe(admin.email);
  });

  it("signs a disabled user out and lets them back in when re-enabled", async () => {
    const target = await newActor("editor");
    const { token } = await createSession(target.id);
    const disabled = await updateUser(admin, { id: target.id, disabled: true });
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    expect(await db().session.count({ where: { userId: target.id } })).toBe(0);
    expect(await getSessionActor(token)).toBeNull();
    expect((await updateUser(admin, { id: target.id, disabled: false })).disabledAt).toBeNull();
  });

  it("does not let an editor manage users", async () => {
    await expect(updateUser(editor, { id: editor.id, role: "admin" })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("keeps the owner role and owner accounts to owners", async () => {
    await expect(updateUser(admin, { id: admin.id, role: "owner" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateUser(admin, { id: owner.id, name: "Renamed" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateUser(admin, { id: owner.id, disabled: true })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("never leaves the installation without an active owner", async () => {
    await expect(updateUser(owner, { id: owner.id, role: "admin" })).rejects.toMatchObject({ code: "conflict" });
    await expect(updateUser(commandLineActor, { id: owner.id, disabled: true })).rejects.toMatchObject({
      code: "conflict",
    });
    // With a second owner, the first may step down.
    const second = await newActor("admin");
    await updateUser(owner, { id: second.id, role: "owner" });
    expect((await updateUser(owner, { id: owner.id, role: "admin" })).role).toBe("admin");
    await expect(updateUser(commandLineActor, { id: second.id, role: "editor" })).rejects.toMatchObject({ code: "conflict" });
    // A disabled owner does not count as the other owner.
    await updateUser(commandLineActor, { id: owner.id, role: "owner", disabled: true });
    await expect(updateUser(commandLineActor, { id: second.id, disabled: true })).rejects.toMatchObject({ code: "conflict" });
    await updateUser(commandLineActor, { id: owner.id, disabled: false });
  });

  it("does not let users disable themselves", async () => {
    await expect(updateUser(admin, { id: admin.id, disabled: true })).rejects.toMatchObject({ code: "conflict" });
  });

  it("refuses an unknown user", async () => {
    await expect(updateUser(admin, { id: "missing", name: "x" })).rejects.toMatchObject({ code: "not_found" });
  });
});
