import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { caddyErrorPagesSite, nginxErrorPages, nginxMirrorSite } from "./proxy-snippets";

// The e2e test runs nginx and Caddy with these; the README must show those very lines.
describe("the README's proxy snippets", () => {
  const readme = fs.readFileSync("README.md", "utf8");
  it("for nginx are the configuration the end-to-end test runs", () => {
    expect(readme).toContain(`\`\`\`nginx\n${nginxErrorPages("/var/lib/beacon/mirror")}\n\`\`\``);
  });
  it("for nginx serving the mirror as the status page are what the end-to-end test runs", () => {
    expect(readme).toContain(`\`\`\`nginx\n${nginxMirrorSite("/var/lib/beacon/mirror")}\n\`\`\``);
  });
  it("for Caddy are the site block the end-to-end test runs", () => {
    expect(readme).toContain(`\`\`\`caddyfile\n${caddyErrorPagesSite({ address: "shop.example.com", upstream: "127.0.0.1:8080", mirrorDir: "/var/lib/beacon/mirror" })}\n\`\`\``);
  });
});
