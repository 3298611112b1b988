import { describe, expect, it } from "vitest";
import nextConfig from "../../next.config.js";
import { NEXT_CONTENT_SECURITY_POLICY, snapshotContentSecurityPolicy } from "./content-security-policy.js";

const directives = (policy: string) => policy.split("; ").filter((directive) => !directive.startsWith("script-src"));

describe("the Content-Security-Policy", () => {
  it("is what next.config.js sends for every path", async () => {
    const [rule] = (await nextConfig.headers!()) ?? [];
    expect(rule?.headers).toContainEqual({ key: "Content-Security-Policy", value: NEXT_CONTENT_SECURITY_POLICY });
  });

  it("differs between Next's answers and the snapshot's only in the scripts allowed", () => {
    expect(directives(snapshotContentSecurityPolicy(["'sha256-abc'"]))).toEqual(directives(NEXT_CONTENT_SECURITY_POLICY));
    expect(NEXT_CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'unsafe-inline'");
    expect(snapshotContentSecurityPolicy([])).toContain("script-src 'none'");
  });
});
