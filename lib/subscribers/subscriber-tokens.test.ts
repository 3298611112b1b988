import { describe, expect, it } from "vitest";
import { readConfirmToken, readManageToken, signConfirmToken, signManageToken } from "./subscriber-tokens";

const secret = Buffer.from("a secret of at least thirty-two characters");
const now = new Date("2026-11-25T10:00:00Z");

describe("confirmation tokens", () => {
  it("round-trip until they expire after 48 hours", () => {
    const token = signConfirmToken(secret, "sub1", 3, now);
    expect(readConfirmToken(secret, token, now)).toMatchObject({ subscriberId: "sub1", version: 3 });
    expect(readConfirmToken(secret, token, new Date(now.getTime() + 47 * 3600_000))).toMatchObject({ version: 3 });
    expect(readConfirmToken(secret, token, new Date(now.getTime() + 48 * 3600_000))).toBe("expired");
  });

  it("refuse a token changed anywhere or signed with another secret", () => {
    const token = signConfirmToken(secret, "sub1", 3, now);
    expect(readConfirmToken(secret, token.replace("sub1", "sub2"), now)).toBe("invalid");
    expect(readConfirmToken(secret, token.replace(".3.", ".4."), now)).toBe("invalid");
    expect(readConfirmToken(Buffer.from("another secret of thirty-two characters!"), token, now)).toBe("invalid");
    expect(readConfirmToken(secret, "garbage", now)).toBe("invalid");
  });
});

describe("manage tokens", () => {
  it("name their subscriber and cannot be moved to another", () => {
    const token = signManageToken(secret, "sub1");
    expect(readManageToken(secret, token)).toBe("sub1");
    expect(readManageToken(secret, token.replace("sub1", "sub2"))).toBeNull();
    expect(readManageToken(secret, `${token}x`)).toBeNull();
  });
});
