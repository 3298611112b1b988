import { describe, expect, it } from "vitest";
import { type Actor, commandLineActor } from "../auth/actor";
import { createSession } from "../auth/create-session";
import { getSessionActor } from "../auth/get-session-actor";
import { signIn } from "../auth/sign-in";
import { withTestDatabase } from "../testing/with-test-database";
import { changePassword } from "./change-password";
import { createUser } from "./create-user";

const db = withTestDatabase();

const OLD = "the old password";
const NEW = "a brand new password";

let counter = 0;
async function newActor(role: "owner" | "admin" | "editor"): Promise<Actor & { kind: "user" }> {
  counter += 1;
  const user = await createUser(commandLineActor, { email: `${role}${counter}@example.com`, password: OLD, role });
  return { kind: "user", ...user };
}

describe("changePassword", () => {
  it("lets users change their own with the current one, keeping only the asking session", async () => {
    const me = await newActor("editor");
    const here = await createSession(me.id);
    const elsewhere = await createSession(me.id);
    const result = await changePassword(me, { userId: me.id, currentPassword: OLD, newPassword: NEW, keepSessionToken: here.token });
    expect(result).toEqual({ revokedSessions: 1 });
    expect(await getSessionActor(here.token)).not.toBeNull();
    expect(await getSessionActor(elsewhere.token)).toBeNull();
    expect((await signIn({ email: me.email, password: NEW, ip: "192.0.2.1" })).status).toBe("ok");
    expect((await signIn({ email: me.email, password: OLD, ip: "192.0.2.1" })).status).toBe("invalid");
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "user.password_change", targetId: me.id } });
    expect(audit.details).not.toContain(NEW);
  });

  it("refuses a wrong or missing current password", async () => {
    const me = await newActor("admin");
    await expect(changePassword(me, { userId: me.id, currentPassword: "wrong password", newPassword: NEW })).rejects.toMatchObject({
      code: "validation",
      fields: { currentPassword: "is not correct" },
    });
    await expect(changePassword(me, { userId: me.id, newPassword: NEW })).rejects.toMatchObject({ code: "validation" });
  });

  it("lets an admin reset another user's password, ending all their sessions", async () => {
    const admin = await newActor("admin");
    const target = await newActor("editor");
    const { token } = await createSession(target.id);
    await changePassword(admin, { userId: target.id, newPassword: NEW, keepSessionToken: token });
    expect(await getSessionActor(token)).toBeNull();
  });

  it("keeps other people's passwords from editors, and owners' from admins", async () => {
    const editor = await newActor("editor");
    const admin = await newActor("admin");
    const owner = await newActor("owner");
    await expect(changePassword(editor, { userId: admin.id, newPassword: NEW })).rejects.toMatchObject({ code: "forbidden" });
    await expect(changePassword(admin, { userId: owner.id, newPassword: NEW })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("still asks for a long enough new password", async () => {
    const me = await newActor("editor");
    await expect(changePassword(me, { userId: me.id, currentPassword: OLD, newPassword: "short" })).rejects.toMatchObject({
      fields: { newPassword: "must be at least 12 characters" },
    });
  });
});
