import { describe, expect, it } from "vitest";
import { isSessionExpired, SESSION_LIFETIME_MS, sessionExpiry, shouldRefreshSession } from "./session-policy";

const now = new Date("2026-03-01T12:00:00Z");
const minutes = (n: number) => n * 60_000;

describe("session policy", () => {
  it("lasts 14 days from the last use", () => {
    expect(sessionExpiry(now).getTime() - now.getTime()).toBe(SESSION_LIFETIME_MS);
    expect(SESSION_LIFETIME_MS).toBe(14 * 24 * 3_600_000);
  });

  it("is expired from its expiry instant on", () => {
    expect(isSessionExpired(new Date(now.getTime() + 1), now)).toBe(false);
    expect(isSessionExpired(now, now)).toBe(true);
  });

  it("refreshes at most once an hour", () => {
    expect(shouldRefreshSession(new Date(now.getTime() - minutes(59)), now)).toBe(false);
    expect(shouldRefreshSession(new Date(now.getTime() - minutes(60)), now)).toBe(true);
  });
});
