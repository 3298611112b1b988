import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { nginxErrorPages } from "./proxy-snippets";

// The e2e test runs nginx with nginxErrorPages(); the README must show those very lines.
describe("the README's nginx snippet", () => {
  it("is the configuration the end-to-end test runs", () => {
    const readme = fs.readFileSync("README.md", "utf8");
    expect(readme).toContain(`\`\`\`nginx\n${nginxErrorPages("/var/lib/beacon/mirror")}\n\`\`\``);
  });
});
