import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { alertmanagerReceiverYaml, alertmanagerRouteYaml } from "../alerts/receiver-config";

// The real Prometheus Alertmanager (Debian's prometheus-alertmanager) for tests: started on free
// ports with clustering off and a webhook receiver pointed at Beacon, then stopped with its
// files removed. A missing binary fails the test with what to install: it is never skipped.

const INSTALL = "install Debian's prometheus-alertmanager (apt-get install prometheus-alertmanager), or set BEACON_ALERTMANAGER_BIN";

/** BEACON_ALERTMANAGER_BIN when set (it must exist), else Debian's binary. */
export function alertmanagerBinary(configured = process.env.BEACON_ALERTMANAGER_BIN): string {
  const file = configured?.trim() || "/usr/bin/prometheus-alertmanager";
  if (!fs.existsSync(file)) throw new Error(`Alertmanager is not installed (no ${file}): ${INSTALL}`);
  return file;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `beaconUrl`: where Beacon (or a server handing requests to its route handler) listens. */
export type AlertmanagerOptions = { beaconUrl: string; token: string };

export type TestAlert = { labels: Record<string, string>; annotations?: Record<string, string>; startsAt?: string; endsAt?: string };

export type RunningAlertmanager = {
  url: string;
  /** POST /api/v2/alerts, as Prometheus does. */
  postAlerts(alerts: TestAlert[]): Promise<void>;
  /** What it printed, to explain a failure. */
  output(): string;
  stop(): Promise<void>;
};

/** The dashboard's configuration with waits of seconds, so a test sees notifications (and repeats) quickly. */
export function alertmanagerConfig({ beaconUrl, token }: AlertmanagerOptions): string {
  const timings = { groupWait: "1s", groupInterval: "1s", repeatInterval: "2s" };
  return `${alertmanagerRouteYaml(timings)}\n${alertmanagerReceiverYaml({ beaconUrl, token })}\n`;
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Alertmanager exited with ${child.exitCode}:\n${output()}`);
    const ready = await fetch(`${url}/-/ready`).then((response) => response.ok, () => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Alertmanager was not ready within 60 s:\n${output()}`);
}

export async function startAlertmanager(options: AlertmanagerOptions): Promise<RunningAlertmanager> {
  const binary = alertmanagerBinary();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-alertmanager-"));
  const config = path.join(dir, "alertmanager.yml");
  fs.writeFileSync(config, alertmanagerConfig(options));
  const port = await freePort();
  const args = [`--config.file=${config}`, `--storage.path=${path.join(dir, "data")}`, `--web.listen-address=127.0.0.1:${port}`, "--cluster.listen-address="];
  const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"] });
  let printed = "";
  const keep = (chunk: Buffer) => (printed = (printed + chunk.toString("utf8")).slice(-20_000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(url, child, () => printed);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    output: () => printed,
    stop,
    async postAlerts(alerts) {
      const response = await fetch(`${url}/api/v2/alerts`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(alerts) });
      if (!response.ok) throw new Error(`Alertmanager refused the alerts: ${response.status} ${await response.text()}`);
    },
  };
}

export type ServedAnswer = { path: string; status: number; authorization: string | null; body: string };
export type ServedHandler = { url: string; answers: ServedAnswer[]; close(): Promise<void> };

/** A local HTTP server that hands each request to a route handler, as Next would; `url` is its origin. */
export async function serveHandler(handler: (request: Request) => Promise<Response>): Promise<ServedHandler> {
  const answers: ServedHandler["answers"] = [];
  const server = http.createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", async () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === "string") headers.set(name, value);
      const request = new Request(`http://127.0.0.1${incoming.url ?? "/"}`, { method: incoming.method, headers, body: chunks.length > 0 ? Buffer.concat(chunks) : undefined });
      const response = await handler(request).catch(() => new Response("handler threw", { status: 500 }));
      const body = await response.text();
      answers.push({ path: incoming.url ?? "/", status: response.status, authorization: headers.get("authorization"), body });
      outgoing.writeHead(response.status, { "content-type": response.headers.get("content-type") ?? "text/plain" }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    answers,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
