// Lets plain Node run Beacon's TypeScript outside Next (the CLI, and server/worker.ts in tests):
// tsx compiles it on load, and `server-only` resolves to an empty module, since these
// processes are the server. Inside Next the marker keeps lib/ out of client bundles.
import "./require-supported-node.mjs";
import nodeModule from "node:module";
import { register as registerTsx } from "tsx/esm/api";
import { resolveSync } from "./server-only-hook.mjs";

// tsx itself uses module.registerHooks() where Node has it.
registerTsx();
// registerHooks() (Node 22.15+, 23.5+) runs the hook in this thread; module.register() is
// deprecated from Node 26 (DEP0205, a warning on every run), so it is only the fallback.
if (typeof nodeModule.registerHooks === "function") {
  nodeModule.registerHooks({ resolve: resolveSync });
} else {
  nodeModule.register("./server-only-hook.mjs", import.meta.url);
}
