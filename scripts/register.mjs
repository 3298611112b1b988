// Lets plain Node run Beacon's TypeScript outside Next (the CLI, and server.ts in tests):
// tsx compiles it on load, and `server-only` resolves to an empty module, since these
// processes are the server. Inside Next the marker keeps lib/ out of client bundles.
import { register } from "node:module";
import { register as registerTsx } from "tsx/esm/api";

registerTsx();
register("./server-only-hook.mjs", import.meta.url);
