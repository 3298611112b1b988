import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { SERVER_ENV, SERVER_NODE_ARGS } from "../../server/launch";
import { processTree } from "./serving-cost";

// One Beacon under test: its own SQLite database and data folder, started from the production
// build (dist/server.mjs) as `npm start` does, with an API token for the bench's writes.

export type Instance = { origin: string; pid: number; token: string; stop: () => Promise<void> };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function node(args: string[], env: NodeJS.ProcessEnv): string {
  return execFileSync(process.execPath, ["--import", "./scripts/register.mjs", ...args], { env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
}

async function fromSnapshot(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).headers.get("cache-control")?.includes("stale-if-error") ?? false;
  } catch {
    return false;
  }
}

/** Resident memory of the process and its children (Beacon's front door and app process), in MB. */
export function rssMb(pid: number): number {
  return processTree(pid).reduce((sum, member) => {
    const status = fs.readFileSync(`/proc/${member}/status`, "utf8");
    return sum + Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  }, 0);
}

/** Seeds the demo page (plus `pastIncidents` spread over ten years), starts Beacon and waits for its snapshot. */
export async function startInstance(options: { dir: string; port: number; pastIncidents?: number }): Promise<Instance> {
  fs.mkdirSync(options.dir, { recursive: true });
  const env = { ...process.env, DATABASE_URL: `file:${path.join(options.dir, "beacon.db")}`, BEACON_DATA_DIR: options.dir, PORT: String(options.port), HOST: "127.0.0.1", LOG_LEVEL: "warn" };
  node(["scripts/cli.ts", "seed-demo"], env);
  if (options.pastIncidents) node(["scripts/bench/seed-history.ts", String(options.pastIncidents), "10"], env);
  const token = node(["scripts/cli.ts", "create-token", "--name", "bench"], env).trim().split("\n").at(-1) ?? "";
  const server = spawn(process.execPath, SERVER_NODE_ARGS, { env: { ...env, ...SERVER_ENV }, stdio: ["ignore", "ignore", "inherit"] });
  const origin = `http://127.0.0.1:${options.port}`;
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const stop = () => {
    if (server.exitCode === null) server.kill("SIGTERM");
    return exited;
  };
  const deadline = Date.now() + 120_000;
  while (!((await fromSnapshot(`${origin}/`)) && (await fromSnapshot(`${origin}/api/v2/summary.json`)))) {
    if (Date.now() > deadline || server.exitCode !== null) {
      await stop();
      throw new Error("Beacon did not start serving its snapshot");
    }
    await sleep(200);
  }
  return { origin, pid: server.pid ?? 0, token, stop };
}
