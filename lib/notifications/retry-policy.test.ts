import { describe, expect, it } from "vitest";
import { classifySendError, describeFailure, MAX_RETRY_DELAY_MS, retryDelayMs } from "./retry-policy";

describe("retryDelayMs", () => {
  it("doubles from the configured delay and stops at two hours", () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, 30))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(9, 30)).toBe(MAX_RETRY_DELAY_MS);
    expect(retryDelayMs(40, 30)).toBe(MAX_RETRY_DELAY_MS);
  });
});

describe("classifySendError", () => {
  it("treats a 5xx to the recipient or the message as permanent", () => {
    const rcpt = { code: "EENVELOPE", responseCode: 550, command: "RCPT TO", response: "550 5.1.1 <ann@example.com>: no such user" };
    expect(classifySendError(rcpt)).toEqual({ kind: "permanent", message: "RCPT TO: 550 5.1.1 <address>: no such user" });
    expect(classifySendError({ code: "EMESSAGE", responseCode: 554, command: "DATA", response: "554 spam" }).kind).toBe("permanent");
  });

  it("treats 4xx to one message as transient, and a refused connection, 421 or refused sender as unreachable", () => {
    expect(classifySendError({ code: "EENVELOPE", responseCode: 450, command: "RCPT TO", response: "450 busy" }).kind).toBe("transient");
    expect(classifySendError({ code: "ESOCKET", message: "connect ECONNREFUSED 127.0.0.1:25", command: "CONN" }).kind).toBe("unreachable");
    expect(classifySendError({ code: "ETIMEDOUT", message: "Greeting never received" }).kind).toBe("unreachable");
    expect(classifySendError({ responseCode: 421, command: "DATA", response: "421 closing" }).kind).toBe("unreachable");
    expect(classifySendError({ responseCode: 553, command: "MAIL FROM", response: "553 sender refused" }).kind).toBe("unreachable");
    expect(classifySendError(new Error("something odd")).kind).toBe("transient");
  });
});

describe("describeFailure", () => {
  it("keeps one short line without addresses", () => {
    expect(describeFailure("refused\n  bob.smith+x@mail.example.org and <eve@x.y>")).toBe("refused <address> and <address>");
    expect(describeFailure("x".repeat(400))).toHaveLength(300);
  });
});
