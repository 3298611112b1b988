// How the production server is started, everywhere it is: `npm start` and `npm run serve`
// (package.json, scripts/serve.sh, scripts/smoke-node.sh; a unit test keeps them equal to this), the e2e suite and
// the bench. V8 lets the young generation grow to 32 MB per semi-space on a large machine; the
// snapshot server allocates little per request, so 8 MB costs no measurable throughput and
// keeps about 100 MB of garbage out of resident memory under load.
export const SERVER_NODE_ARGS = ["--max-semi-space-size=8", "dist/server.mjs"];
