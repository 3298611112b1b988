// How the production server is started, everywhere it is: `npm start` and `npm run serve`
// (package.json, scripts/serve.sh, scripts/smoke-node.sh; a unit test keeps them equal to
// SERVER_COMMAND), the e2e suite and the bench. Measured after the bench and 2,000 fuzzed API
// requests (resident memory once quiet):
// - V8 lets the young generation grow to 32 MB per semi-space on a large machine; the snapshot
//   server allocates little per request, so 8 MB costs no measurable throughput.
// - --expose-gc lets the app process collect once it is quiet after a burst (idle-collector.ts):
//   ~300 MB within 3 s instead of 420 MB until V8's own reducer runs 10–20 s later. The front
//   door (server.ts) passes these flags on to the app process it starts.
// - glibc gives each thread that allocates (libuv's pool compressing the snapshot) an arena of
//   its own and rarely returns them; two arenas keep ~25 MB less resident.
export const SERVER_ENV = { MALLOC_ARENA_MAX: "2" } as const;
export const SERVER_NODE_ARGS = ["--max-semi-space-size=8", "--expose-gc", "dist/server.mjs"];

/** The same as one shell command. */
export const SERVER_COMMAND = ["env", ...Object.entries(SERVER_ENV).map(([name, value]) => `${name}=${value}`), "node", ...SERVER_NODE_ARGS].join(" ");
