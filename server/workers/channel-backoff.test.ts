import { describe, expect, it } from "vitest";
import { createChannelBackoff } from "./channel-backoff";

describe("createChannelBackoff", () => {
  it("pauses only the channel that is down, doubling its wait, and lets it go on its first good batch", () => {
    const backoff = createChannelBackoff({ retrySeconds: 1, maxMs: 3_000 });
    expect(backoff.record("webhook", undefined, 0)).toBeNull();
    expect(backoff.record("email", "connect ECONNREFUSED", 0)).toEqual({ kind: "down", waitMs: 1_000, outages: 1 });
    expect(backoff.paused(500)).toEqual(["email"]);
    expect(backoff.msUntilResume(500)).toBe(500);
    expect(backoff.paused(1_000)).toEqual([]);
    expect(backoff.record("email", "connect ECONNREFUSED", 1_000)).toEqual({ kind: "down", waitMs: 2_000, outages: 2 });
    expect(backoff.record("email", "connect ECONNREFUSED", 3_000)).toEqual({ kind: "down", waitMs: 3_000, outages: 3 });
    expect(backoff.paused(5_000)).toEqual(["email"]);
    expect(backoff.record("email", undefined, 6_000)).toEqual({ kind: "up" });
    expect(backoff.paused(6_000)).toEqual([]);
    expect(backoff.msUntilResume(6_000)).toBeNull();
  });
});
