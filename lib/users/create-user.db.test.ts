import { describe, expect, it } from "vitest";
import { commandLineActor } from "../auth/actor";
import { verifyPassword } from "../auth/password";
import { withTestDatabase } from "../testing/with-test-database";
import { createUser } from "./create-user";
import { ensureOwner } from "./ensure-owner";

const db = withTestDatabase();

describe("createUser", () => {
  it("stores a lower-cased address and an argon2id hash, and audits it", async () => {
    const user = await createUser(commandLineActor, {
      email: " Ops@Example.COM ",
      password: "a long enough password",
      role: "admin",
    });
    expect(user).toMatchObject({ email: "ops@example.com", role: "admin" });
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored.passwordHash, "a long enough password")).toBe(true);
    const audit = await db().auditLog.findFirstOrThrow({ where: { targetId: user.id } });
    expect(audit).toMatchObject({ action: "user.create", actorLabel: "command line" });
    expect(audit.details).not.toContain("password");
  });

  it("refuses a second account with the same address, whatever its case", async () => {
    await createUser(commandLineActor, { email: "twice@example.com", password: "a long enough password" });
    await expect(
      createUser(commandLineActor, { email: "TWICE@example.com", password: "another long password" }),
    ).rejects.toThrow(/already exists/);
  });

  it("names each field that is wrong", async () => {
    await expect(createUser(commandLineActor, { email: "not-an-email", password: "short" })).rejects.toMatchObject({
      code: "validation",
      fields: { email: "must be an email address", password: "must be at least 12 characters" },
    });
  });

  it("does not let an editor add users", async () => {
    const editor = { kind: "user", id: "x", email: "e@example.com", role: "editor" } as const;
    await expect(createUser(editor, { email: "new@example.com", password: "a long enough password" })).rejects.toThrow(
      /not allowed/,
    );
    expect(await db().user.count({ where: { email: "new@example.com" } })).toBe(0);
  });
});

describe("ensureOwner", () => {
  it("creates the owner only while there are no users", async () => {
    await db().user.deleteMany({});
    const admin = { email: "owner@example.com", password: "owner password 123" };
    expect(await ensureOwner(commandLineActor, {})).toBe("missing");
    expect(await ensureOwner(commandLineActor, admin)).toBe("created");
    expect(await ensureOwner(commandLineActor, { ...admin, password: "a different password" })).toBe("exists");
    const owner = await db().user.findUniqueOrThrow({ where: { email: "owner@example.com" } });
    expect(owner.role).toBe("owner");
    expect(await verifyPassword(owner.passwordHash, "owner password 123")).toBe(true);
  });
});
