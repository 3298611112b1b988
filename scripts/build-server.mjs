// Compiles server/server.ts (the front door), server/app.ts (the app process it starts) and
// server/worker.ts (the mail-only process of `npm run worker`) and the code they use into
// dist/server.mjs, dist/app.mjs and dist/worker.mjs, so production runs plain JavaScript:
// no TypeScript loader in the process (it costs about 35 MB of memory and a slower start).
// Packages stay in node_modules; `server-only` is empty here, as this is the server.
import { build } from "esbuild";
import fs from "node:fs";
import path from "node:path";

// First in each file: a clear stop on an unsupported Node.js before Beacon's code runs and
// opens a database (the packages the bundle imports are evaluated before it, as ESM does).
const requireSupportedNode = fs.readFileSync("scripts/require-supported-node.mjs", "utf8");

await build({
  entryPoints: { server: "server/server.ts", app: "server/app.ts", worker: "server/worker.ts" },
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node22",
  packages: "external",
  alias: { "server-only": path.resolve("scripts/empty-module.ts") },
  // Bundled CommonJS helpers may call require(); give the ESM output one.
  banner: {
    js: `${requireSupportedNode}\nimport { createRequire as __beaconRequire } from 'node:module'; const require = __beaconRequire(import.meta.url);`,
  },
  logLevel: "warning",
});
