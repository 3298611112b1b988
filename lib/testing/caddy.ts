import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { waitForPort } from "./listening";

// A real Caddy (Debian's caddy) in front of a test's upstream, with a Caddyfile of the test's
// own: no admin endpoint, no automatic HTTPS, its state in a folder of its own.

export const CADDY_BINARY = process.env.BEACON_CADDY ?? "/usr/bin/caddy";

export type RunningCaddy = { url: string; stop: () => Promise<void> };

/** `sites`: Caddyfile site blocks; `port` is the one waited for. */
export async function startCaddy({ port, sites }: { port: number; sites: string }): Promise<RunningCaddy> {
  if (!fs.existsSync(CADDY_BINARY)) throw new Error(`${CADDY_BINARY} is missing: install Debian's caddy (npm test does)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-caddy-"));
  fs.writeFileSync(path.join(dir, "Caddyfile"), `{\n\tadmin off\n\tauto_https off\n}\n${sites}\n`);
  let output = "";
  const child: ChildProcess = spawn(CADDY_BINARY, ["run", "--config", path.join(dir, "Caddyfile"), "--adapter", "caddyfile"], {
    env: { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
    fs.rmSync(dir, { recursive: true, force: true });
  };
  if (await waitForPort(port, () => child.exitCode === null)) return { url: `http://127.0.0.1:${port}`, stop };
  await stop();
  throw new Error(`caddy did not start on port ${port}:\n${output}`);
}
