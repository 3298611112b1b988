import { build } from "esbuild";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The front door stays small: its own code and Node's modules, no package. A package pulled in
// by an import chain (zod through lib/env.ts cost 20 MB of its memory) shows here first.

describe("the front door (server/server.ts)", () => {
  it("imports no package, only Node's modules", async () => {
    const result = await build({
      entryPoints: ["server/server.ts"],
      bundle: true,
      platform: "node",
      format: "esm",
      packages: "external",
      alias: { "server-only": path.resolve("scripts/empty-module.ts") },
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const imported = Object.values(result.metafile.outputs).flatMap((output) => output.imports.map((entry) => entry.path));
    expect(imported.filter((name) => !name.startsWith("node:"))).toEqual([]);
  });
});
