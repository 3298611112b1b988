import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { disconnectDb } from "./lib/db";
import { log } from "./lib/log";
import { isStartupError, prepareInstance } from "./lib/startup/prepare-instance";

// Beacon's production entry point (`npm start`): checks configuration and the database,
// applies migrations, then serves the Next app. Requests pass through here first, which is
// where later the public snapshot is answered without reaching Next at all.

const root = path.dirname(fileURLToPath(import.meta.url));

function fail(message: string): never {
  console.error(`beacon: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  const env = await prepareInstance();
  const app = next({ dev: false, dir: root, hostname: env.HOST, port: env.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => {
    void handle(req, res);
  });
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EADDRINUSE") fail(`port ${env.PORT} on ${env.HOST} is already in use (set PORT to another)`);
    fail(`cannot listen on ${env.HOST}:${env.PORT}: ${error.message}`);
  });
  server.listen(env.PORT, env.HOST, () => {
    log.info(`serving on http://${env.HOST}:${env.PORT} (public URL ${env.BEACON_URL})`);
  });
  const stop = () => {
    server.close();
    void disconnectDb().finally(() => process.exit(0));
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: unknown) => {
  if (isStartupError(error)) fail(error.message);
  fail(`start-up failed: ${error instanceof Error ? error.message : String(error)}`);
});
