import { describe, expect, it } from "vitest";
import { type Actor, commandLineActor } from "../auth/actor";
import { assertMayManageUser } from "./user-rules";

const owner: Actor = { kind: "user", id: "o", email: "o@example.com", role: "owner" };
const admin: Actor = { kind: "user", id: "a", email: "a@example.com", role: "admin" };

describe("assertMayManageUser", () => {
  it("lets admins manage admins and editors", () => {
    expect(() => assertMayManageUser(admin, "editor", "admin")).not.toThrow();
    expect(() => assertMayManageUser(admin, "admin", "editor")).not.toThrow();
  });

  it("keeps owner accounts and the owner role to owners", () => {
    expect(() => assertMayManageUser(admin, "owner")).toThrow(/Only an owner/);
    expect(() => assertMayManageUser(admin, "admin", "owner")).toThrow(/Only an owner/);
    expect(() => assertMayManageUser(owner, "owner", "admin")).not.toThrow();
    expect(() => assertMayManageUser(commandLineActor, "editor", "owner")).not.toThrow();
  });
});
