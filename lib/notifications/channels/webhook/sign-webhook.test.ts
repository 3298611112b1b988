import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signWebhookBody } from "./sign-webhook";

describe("signWebhookBody", () => {
  const body = '{"meta":{},"page":{"id":"p"}}';
  const at = new Date("2026-12-02T10:00:00.750Z");

  it("signs '<unix seconds>.<body>' with HMAC-SHA256 as t=<seconds>,v1=<hex>", () => {
    const t = 1796205600;
    expect(Math.floor(at.getTime() / 1000)).toBe(t);
    const expected = createHmac("sha256", "secret-1").update(`${t}.${body}`).digest("hex");
    expect(signWebhookBody("secret-1", body, at)).toBe(`t=${t},v1=${expected}`);
  });

  it("differs with the secret, the body and the time", () => {
    const base = signWebhookBody("secret-1", body, at);
    expect(signWebhookBody("secret-2", body, at)).not.toBe(base);
    expect(signWebhookBody("secret-1", `${body} `, at)).not.toBe(base);
    expect(signWebhookBody("secret-1", body, new Date(at.getTime() + 1000))).not.toBe(base);
    expect(base).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
  });
});
