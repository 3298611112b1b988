import { afterEach, describe, expect, it, vi } from "vitest";
import { withTestDatabase } from "../../lib/testing/with-test-database";
import { createUser } from "../../lib/users/create-user";
import { logFirstRunHints, signInUrl } from "./first-run-hints";

// Regression (issue 9): after `npm run serve` nothing said where to sign in or how to make the first user.

withTestDatabase();
afterEach(() => vi.restoreAllMocks());

function captured() {
  const lines: string[] = [];
  vi.spyOn(console, "info").mockImplementation((line: string) => void lines.push(line));
  vi.spyOn(console, "error").mockImplementation((line: string) => void lines.push(line));
  return lines;
}

describe("the hints printed once the server listens", () => {
  it("builds the sign-in address from BEACON_URL, with or without a trailing slash", () => {
    expect(signInUrl("https://status.example.com")).toBe("https://status.example.com/admin/login");
    expect(signInUrl("http://127.0.0.1:3000/")).toBe("http://127.0.0.1:3000/admin/login");
  });

  it("with no users, says where to sign in and how to create the owner", async () => {
    const lines = captured();
    await logFirstRunHints("https://status.example.com");
    expect(lines[0]).toBe("beacon: sign in at https://status.example.com/admin/login");
    expect(lines[1]).toContain("BEACON_ADMIN_EMAIL and BEACON_ADMIN_PASSWORD");
    expect(lines[1]).toContain("npm run beacon -- create-user --email");
    expect(lines[1]).toContain("--role owner");
  });

  it("once someone exists, only says where to sign in", async () => {
    await createUser({ kind: "system", label: "test" }, { email: "owner@example.com", password: "a long enough password", role: "owner" });
    const lines = captured();
    await logFirstRunHints("https://status.example.com");
    expect(lines).toEqual(["beacon: sign in at https://status.example.com/admin/login"]);
  });
});
