import { spawn } from "node:child_process";

// Runs wrk against one URL and reads its summary: requests, requests per second and latency percentiles.

export type WrkResult = { requests: number; requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: string | null };

/** What every wrk run of the bench asks for (servers' answers to it are compared byte for byte). */
export const WRK_ACCEPT_ENCODING = "gzip";

function toMs(value: string): number {
  const match = /^([\d.]+)(us|ms|s)$/.exec(value.trim());
  if (!match) return Number.NaN;
  const amount = Number(match[1]);
  return match[2] === "us" ? amount / 1000 : match[2] === "s" ? amount * 1000 : amount;
}

export function parseWrk(output: string): WrkResult {
  const requests = /(\d+) requests in /.exec(output)?.[1];
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(output)?.[1];
  const p50 = /^\s+50%\s+(\S+)/m.exec(output)?.[1];
  const p99 = /^\s+99%\s+(\S+)/m.exec(output)?.[1];
  const errors = /(Socket errors:.*|Non-2xx or 3xx responses: \d+)/.exec(output)?.[0] ?? null;
  return { requests: Number(requests), requestsPerSecond: Number(rps), p50Ms: p50 ? toMs(p50) : Number.NaN, p99Ms: p99 ? toMs(p99) : Number.NaN, errors };
}

export type WrkLoad = { seconds: number; connections: number; threads: number; /** The one CPU wrk runs on (taskset), if any. */ cpu?: number };

export function runWrk(url: string, options: WrkLoad): Promise<WrkResult> {
  return new Promise((resolve, reject) => {
    const args = [`-t${options.threads}`, `-c${options.connections}`, `-d${options.seconds}s`, "--latency", "-H", `Accept-Encoding: ${WRK_ACCEPT_ENCODING}`, url];
    const [command, ...rest] = options.cpu === undefined ? ["wrk", ...args] : ["taskset", "-c", String(options.cpu), "wrk", ...args];
    const child = spawn(command as string, rest, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(parseWrk(output)) : reject(new Error(`wrk failed: ${output}`))));
  });
}
