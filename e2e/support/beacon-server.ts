import { type ChildProcess, spawn } from "node:child_process";
import { SERVER_ENV, SERVER_NODE_ARGS } from "../../server/launch";

// Starts an extra Beacon process (the production server, on the suite's build) with its own
// database and snapshot folder, for tests that stop its database or restart it.

export type BeaconServer = { url: string; pid: number; output: () => string; stop: () => Promise<void> };

type StartOptions = { port: number; databaseUrl: string; dataDir: string; expect?: "ready" | "exit"; env?: Record<string, string> };

export async function startBeacon(options: StartOptions): Promise<BeaconServer> {
  const url = `http://127.0.0.1:${options.port}`;
  let output = "";
  const child: ChildProcess = spawn(process.execPath, SERVER_NODE_ARGS, {
    env: {
      ...process.env,
      ...SERVER_ENV,
      DATABASE_URL: options.databaseUrl,
      BEACON_DATA_DIR: options.dataDir,
      PORT: String(options.port),
      HOST: "127.0.0.1",
      BEACON_URL: url,
      NEXT_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (output.includes("serving on")) return { url, pid: child.pid ?? 0, output: () => output, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`Beacon did not start on ${url}:\n${output}`);
}
