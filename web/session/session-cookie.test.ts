import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { proxy } from "../../proxy";
import { SESSION_LIFETIME_MS } from "../../lib/auth/session-policy";
import { SESSION_COOKIE } from "./session-cookie";

afterEach(() => {
  vi.useRealTimers();
});

function pageLoad(path: string, { cookie, method = "GET" }: { cookie?: string; method?: string } = {}) {
  return new NextRequest(`http://localhost${path}`, { method, headers: cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {} });
}

describe("the session cookie's expiry", () => {
  // Regression: the session slid 14 days from last use, but the cookie expired 14 days after sign-in.
  it("moves to 14 days after each dashboard page load", () => {
    vi.useFakeTimers({ now: new Date("2026-03-01T10:00:00Z") });
    const first = proxy(pageLoad("/admin", { cookie: "bcs_abc" })).cookies.get(SESSION_COOKIE);
    vi.setSystemTime(new Date("2026-03-10T10:00:00Z"));
    const later = proxy(pageLoad("/admin/incidents/new", { cookie: "bcs_abc" })).cookies.get(SESSION_COOKIE);
    expect(first).toMatchObject({ value: "bcs_abc", httpOnly: true, sameSite: "lax", path: "/" });
    expect(later?.value).toBe("bcs_abc");
    expect(new Date(later?.expires ?? 0).getTime()).toBe(Date.parse("2026-03-10T10:00:00Z") + SESSION_LIFETIME_MS);
    expect(new Date(later?.expires ?? 0).getTime() - new Date(first?.expires ?? 0).getTime()).toBe(9 * 24 * 60 * 60 * 1000);
  });

  it("sets nothing without a cookie, or on anything but a page load", () => {
    expect(proxy(pageLoad("/admin")).cookies.get(SESSION_COOKIE)).toBeUndefined();
    expect(proxy(pageLoad("/admin", { cookie: "bcs_abc", method: "POST" })).cookies.get(SESSION_COOKIE)).toBeUndefined();
  });
});
