import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { SERVER_COMMAND } from "./launch";

describe("the server's command line", () => {
  const command = SERVER_COMMAND;

  it("is what npm start runs", () => {
    const manifest = JSON.parse(fs.readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    expect(manifest.scripts.start).toBe(command);
  });

  it("is what npm run serve runs", () => {
    expect(fs.readFileSync("scripts/serve.sh", "utf8")).toContain(`exec ${command}\n`);
  });

  it("is what the Node 26 smoke run serves with", () => {
    expect(fs.readFileSync("scripts/smoke-node.sh", "utf8")).toContain(` ${command} >server.log`);
  });
});
