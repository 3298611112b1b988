import { describe, expect, it } from "vitest";
import { classifySmtpError } from "./classify-smtp-error";

describe("classifySmtpError", () => {
  it("treats a 5xx to the recipient or the message as the recipient gone", () => {
    const rcpt = { code: "EENVELOPE", responseCode: 550, command: "RCPT TO", response: "550 5.1.1 <ann@example.com>: no such user" };
    expect(classifySmtpError(rcpt)).toEqual({ verdict: "recipient_gone", message: "RCPT TO: 550 5.1.1 <address>: no such user" });
    expect(classifySmtpError({ code: "EMESSAGE", responseCode: 554, command: "DATA", response: "554 spam" }).verdict).toBe("recipient_gone");
  });

  it("retries a 4xx to one message, and a refused connection, 421 or refused sender as unreachable", () => {
    const unreachable = { verdict: "retry", unreachable: true };
    expect(classifySmtpError({ code: "EENVELOPE", responseCode: 450, command: "RCPT TO", response: "450 busy" })).toEqual({ verdict: "retry", message: "RCPT TO: 450 busy" });
    expect(classifySmtpError({ code: "ESOCKET", message: "connect ECONNREFUSED 127.0.0.1:25", command: "CONN" })).toMatchObject(unreachable);
    expect(classifySmtpError({ code: "ETIMEDOUT", message: "Greeting never received" })).toMatchObject(unreachable);
    expect(classifySmtpError({ responseCode: 421, command: "DATA", response: "421 closing" })).toMatchObject(unreachable);
    expect(classifySmtpError({ responseCode: 553, command: "MAIL FROM", response: "553 sender refused" })).toMatchObject(unreachable);
    expect(classifySmtpError(new Error("something odd"))).toEqual({ verdict: "retry", message: "something odd" });
  });
});
