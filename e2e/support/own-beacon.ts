import { expect } from "@playwright/test";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { hashSecretToken } from "../../lib/auth/secret-token";
import { createDatabaseClient, type Db } from "../../lib/database/client";
import { parseDatabaseUrl } from "../../lib/database/url";
import { DEFAULT_PAGE_ID } from "../../lib/pages/default-page";
import { type BeaconServer, startBeacon } from "./beacon-server";

// A Beacon of a spec's own (its own SQLite file and data folder, environment of its own) with
// an API token, for specs that change what the suite's server must not (intervals, a mirror),
// and a small upstream site the spec stops and starts again on the same port.

export type OwnBeacon = {
  server: BeaconServer;
  db: Db;
  dataDir: string;
  /** Calls /api/v1 with the token and expects a 2xx; returns the JSON answer. */
  api: (method: string, route: string, body: unknown) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  stop: () => Promise<void>;
};

export async function startOwnBeacon({ port, name, env }: { port: number; name: string; env?: (dataDir: string) => Record<string, string> }): Promise<OwnBeacon> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `beacon-${name}-`));
  // Other programs (nginx's workers) may read from it, as a web server reads a mirror.
  fs.chmodSync(dataDir, 0o755);
  const databaseUrl = `file:${path.join(dataDir, "beacon.db")}`;
  const server = await startBeacon({ port, databaseUrl, dataDir, env: env?.(dataDir) ?? {} });
  const db = createDatabaseClient(parseDatabaseUrl(databaseUrl));
  const token = `bcn_${randomBytes(32).toString("base64url")}`;
  await db.apiToken.create({ data: { pageId: DEFAULT_PAGE_ID, name: `${name} e2e`, tokenHash: hashSecretToken(token), prefix: token.slice(0, 10) } });
  const api = async (method: string, route: string, body: unknown) => {
    const response = await fetch(`${server.url}${route}`, { method, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) });
    expect(response.status, `${method} ${route}`).toBeLessThan(300);
    return response.json();
  };
  const stop = async () => {
    await db.$disconnect();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  return { server, db, dataDir, api, stop };
}

export type Upstream = { start: () => Promise<void>; stop: () => Promise<void> };

/** A site that answers `html` on 127.0.0.1:port while started; stop() closes it and its connections. */
export function upstreamSite(port: number, html: string): Upstream {
  let running: http.Server | undefined;
  return {
    async start() {
      running = http.createServer((_request, response) => response.writeHead(200, { "content-type": "text/html" }).end(html));
      await new Promise<void>((resolve) => running!.listen(port, "127.0.0.1", resolve));
    },
    async stop() {
      const stopping = running;
      running = undefined;
      if (!stopping) return;
      await new Promise<void>((resolve) => {
        stopping.close(() => resolve());
        stopping.closeAllConnections();
      });
    },
  };
}
