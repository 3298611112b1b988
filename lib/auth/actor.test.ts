import { describe, expect, it } from "vitest";
import { type Actor, authorize, can } from "./actor";

const editor: Actor = { kind: "user", id: "u1", email: "e@example.com", role: "editor" };
const admin: Actor = { kind: "user", id: "u2", email: "a@example.com", role: "admin" };
const token: Actor = { kind: "token", id: "t1", name: "deploy bot" };

describe("authorize", () => {
  it("lets editors run incidents but not manage people or tokens", () => {
    expect(can(editor, "incidents:write")).toBe(true);
    expect(() => authorize(editor, "users:manage")).toThrow(/not allowed/);
    expect(() => authorize(editor, "tokens:manage")).toThrow(/not allowed/);
  });

  it("lets admins manage users, tokens and settings", () => {
    expect(can(admin, "users:manage") && can(admin, "tokens:manage") && can(admin, "settings:write")).toBe(true);
  });

  it("keeps API tokens to incident and component work", () => {
    expect(can(token, "components:write")).toBe(true);
    expect(can(token, "tokens:manage")).toBe(false);
  });
});
