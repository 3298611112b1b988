import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { waitForPort } from "./listening";

// A real nginx (Debian's nginx-light) as the reverse proxy in front of a test's upstream, so
// "502 Bad Gateway" comes from the program that sends it in production. It runs in the
// foreground with its own prefix folder: no root paths, no system service, its own port.

export const NGINX_BINARY = process.env.BEACON_NGINX ?? "/usr/sbin/nginx";

export type NginxProxy = { port: number; url: string; stop: () => Promise<void> };

/** A server block that proxies everything to an upstream on 127.0.0.1. */
export function proxyServer(port: number, upstreamPort: number, extra = ""): string {
  return `server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://127.0.0.1:${upstreamPort};
      proxy_connect_timeout 2s;
      proxy_read_timeout 5s;
    }
    ${extra}
  }`;
}

function config(dir: string, servers: string): string {
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  return `worker_processes 1;
daemon off;
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "error.log")} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n  ")}
  ${servers}
}
`;
}

export async function startNginxProxy({ port, upstreamPort }: { port: number; upstreamPort: number }): Promise<NginxProxy> {
  return startNginx({ port, servers: proxyServer(port, upstreamPort) });
}

/** nginx with the given server blocks; `port` is the one waited for (and `url`). */
export async function startNginx({ port, servers }: { port: number; servers: string }): Promise<NginxProxy> {
  if (!fs.existsSync(NGINX_BINARY)) throw new Error(`${NGINX_BINARY} is missing: install Debian's nginx-light (npm test does)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-nginx-"));
  fs.writeFileSync(path.join(dir, "nginx.conf"), config(dir, servers));
  let output = "";
  const child: ChildProcess = spawn(NGINX_BINARY, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "error.log")], { stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
    fs.rmSync(dir, { recursive: true, force: true });
  };
  if (await waitForPort(port, () => child.exitCode === null)) return { port, url: `http://127.0.0.1:${port}`, stop };
  const log = fs.existsSync(path.join(dir, "error.log")) ? fs.readFileSync(path.join(dir, "error.log"), "utf8") : "";
  await stop();
  throw new Error(`nginx did not start on port ${port}:\n${output}\n${log}`);
}
