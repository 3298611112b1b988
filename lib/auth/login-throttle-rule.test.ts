import { describe, expect, it } from "vitest";
import { combineThrottleDecisions, evaluateLoginThrottle, LOGIN_MAX_FAILURES } from "./login-throttle-rule";

const now = new Date("2026-03-01T12:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("evaluateLoginThrottle", () => {
  it("allows up to nine recent failures", () => {
    const nine = Array.from({ length: LOGIN_MAX_FAILURES - 1 }, (_, i) => ago(i));
    expect(evaluateLoginThrottle(nine, now)).toEqual({ allowed: true });
  });

  it("refuses at ten failures within 15 minutes, until the oldest leaves the window", () => {
    const ten = Array.from({ length: 10 }, (_, i) => ago(i)); // oldest 9 minutes ago
    expect(evaluateLoginThrottle(ten, now)).toEqual({ allowed: false, retryAfterMinutes: 6 });
  });

  it("does not count failures 15 minutes old or older", () => {
    const ten = [ago(15), ...Array.from({ length: 9 }, (_, i) => ago(i))];
    expect(evaluateLoginThrottle(ten, now)).toEqual({ allowed: true });
  });

  it("asks for at least one minute, rounding up", () => {
    const ten = [new Date(ago(15).getTime() + 1_000), ...Array.from({ length: 9 }, () => ago(1))];
    expect(evaluateLoginThrottle(ten, now)).toEqual({ allowed: false, retryAfterMinutes: 1 });
    const justOver = [ago(9.5), ...Array.from({ length: 9 }, () => ago(1))];
    expect(evaluateLoginThrottle(justOver, now)).toEqual({ allowed: false, retryAfterMinutes: 6 });
  });

  it("with more than ten failures, waits for the oldest of the last ten", () => {
    const twelve = Array.from({ length: 12 }, (_, i) => ago(i)); // the 10th newest is 9 minutes ago
    expect(evaluateLoginThrottle(twelve, now)).toEqual({ allowed: false, retryAfterMinutes: 6 });
  });
});

describe("combineThrottleDecisions", () => {
  it("refuses when either key is locked and takes the longer wait", () => {
    expect(combineThrottleDecisions([{ allowed: true }, { allowed: true }])).toEqual({ allowed: true });
    expect(
      combineThrottleDecisions([
        { allowed: false, retryAfterMinutes: 3 },
        { allowed: false, retryAfterMinutes: 7 },
      ]),
    ).toEqual({ allowed: false, retryAfterMinutes: 7 });
    expect(combineThrottleDecisions([{ allowed: true }, { allowed: false, retryAfterMinutes: 2 }])).toMatchObject({
      allowed: false,
    });
  });
});
