// What `server-only` resolves to outside Next (vitest.config.ts, build-server.mjs): those
// processes are the server. Inside Next the real package keeps lib/ out of client bundles.
export {};
