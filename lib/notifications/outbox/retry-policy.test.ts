import { describe, expect, it } from "vitest";
import { describeFailure } from "./describe-failure";
import { MAX_RETRY_DELAY_MS, retryDelayMs } from "./retry-policy";

describe("retryDelayMs", () => {
  it("doubles from the configured delay and stops at two hours", () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, 30))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(9, 30)).toBe(MAX_RETRY_DELAY_MS);
    expect(retryDelayMs(40, 30)).toBe(MAX_RETRY_DELAY_MS);
  });
});

describe("describeFailure", () => {
  it("keeps one short line without addresses", () => {
    expect(describeFailure("refused\n  bob.smith+x@mail.example.org and <eve@x.y>")).toBe("refused <address> and <address>");
    expect(describeFailure("x".repeat(400))).toHaveLength(300);
  });
});
