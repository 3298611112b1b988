import { describe, expect, it } from "vitest";
import { checkWebhookHost } from "./webhook-endpoint-host";

describe("checkWebhookHost", () => {
  it("takes a public name or address", () => {
    expect(checkWebhookHost("https://hooks.example.com/status", false)).toBeNull();
    expect(checkWebhookHost("https://93.184.216.34/hook", false)).toBeNull();
    expect(checkWebhookHost("https://[2606:4700::1111]/hook", false)).toBeNull();
  });

  it("refuses loopback, private and metadata literals with the reason", () => {
    expect(checkWebhookHost("https://127.0.0.1/hook", false)).toMatch(/loopback/);
    expect(checkWebhookHost("https://[::1]/hook", false)).toMatch(/loopback/);
    expect(checkWebhookHost("https://10.1.2.3/hook", false)).toMatch(/private network/);
    expect(checkWebhookHost("https://169.254.169.254/latest", false)).toMatch(/metadata/);
    expect(checkWebhookHost("https://[::ffff:192.168.1.1]/hook", false)).toMatch(/private network/);
    expect(checkWebhookHost("https://localhost/hook", false)).toMatch(/localhost/);
  });

  it("takes private literals when private webhooks are allowed", () => {
    expect(checkWebhookHost("https://127.0.0.1/hook", true)).toBeNull();
    expect(checkWebhookHost("https://localhost:8443/hook", true)).toBeNull();
  });

  it("wants a full host name", () => {
    expect(checkWebhookHost("https://intranet/hook", false)).toMatch(/full host name/);
    expect(checkWebhookHost("https://intranet/hook", true)).toMatch(/full host name/);
  });
});
