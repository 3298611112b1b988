// Compiles server.ts and the lib/ code it uses into dist/server.mjs, so production runs plain
// JavaScript: no TypeScript loader in the process (it costs about 35 MB of memory and a slower
// start). Packages stay in node_modules; `server-only` is empty here, as this is the server.
import { build } from "esbuild";
import path from "node:path";

await build({
  entryPoints: ["server.ts"],
  outfile: "dist/server.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  alias: { "server-only": path.resolve("lib/testing/empty-module.ts") },
  // Bundled CommonJS helpers may call require(); give the ESM output one.
  banner: { js: "import { createRequire as __beaconRequire } from 'node:module'; const require = __beaconRequire(import.meta.url);" },
  logLevel: "warning",
});
