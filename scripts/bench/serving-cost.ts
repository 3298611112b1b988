import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { SERVER_NODE_ARGS } from "../../server/launch";
import { runWrk, type WrkLoad, type WrkResult } from "./wrk";

// CPU time per request, read from the kernel's account of each server's processes around a
// wrk run (/proc/<pid>/stat utime + stime), for Beacon, a bare Node server sending the same
// bytes with the same headers (bare-server.ts), and nginx (its master and workers).

const TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());

/**
 * On a machine of two cores or more the servers run on CPU 0 and wrk on CPU 1 (taskset;
 * BENCH_PIN=0 turns it off). Left to the scheduler, a server's CPU time per request depends as
 * much on how its wake-ups fall between wrk's as on its own work.
 */
export function canPin(): boolean {
  if (process.env.BENCH_PIN === "0" || os.cpus().length < 2) return false;
  return spawnSync("taskset", ["-c", "0", "true"]).status === 0;
}

/** Moves the processes, every thread of theirs, onto one CPU. */
export function pinTo(cpu: number, pids: readonly number[]): void {
  for (const pid of pids) execFileSync("taskset", ["-a", "-p", "-c", String(cpu), String(pid)], { stdio: "ignore" });
}

/** User plus system CPU seconds a process has used so far. */
export function cpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** The process and its children (nginx's workers), by pid. */
export function processTree(pid: number): number[] {
  const children = execFileSync("sh", ["-c", `pgrep -P ${pid} || true`], { encoding: "utf8" }).split("\n").filter(Boolean).map(Number);
  return [pid, ...children];
}

/** CPU seconds used by `pids` while `run` lasts. */
export async function cpuDuring<T>(pids: () => number[], run: () => Promise<T>): Promise<{ result: T; cpu: number }> {
  const measured = pids();
  const before = measured.map(cpuSeconds);
  const result = await run();
  const cpu = measured.reduce((sum, pid, index) => sum + cpuSeconds(pid) - (before[index] ?? 0), 0);
  return { result, cpu };
}

export type Loaded = { url: string; pids: readonly number[] };
export type Cost = WrkResult & { cpuUs: number; cpuUsByPid: number[] };

/**
 * Loads every server at once, one wrk each, and reads the CPU time each used per request it
 * answered. Measured at the same moments, the servers meet the same machine: a shared virtual
 * machine's speed drifts by a third within a minute, which runs taken in turn compare as much
 * as they compare servers.
 */
export async function costSideBySide(servers: readonly Loaded[], load: WrkLoad): Promise<Cost[]> {
  const before = servers.map((server) => server.pids.map(cpuSeconds));
  const results = await Promise.all(servers.map((server) => runWrk(server.url, load)));
  return servers.map((server, index) => {
    const result = results[index] as WrkResult;
    const cpuUsByPid = server.pids.map((pid, member) => ((cpuSeconds(pid) - (before[index]?.[member] ?? 0)) * 1e6) / result.requests);
    return { ...result, cpuUs: cpuUsByPid.reduce((sum, value) => sum + value, 0), cpuUsByPid };
  });
}

/** Beacon's answer to a GET, undecoded, with the headers it sent (Date and connection ones left out). */
function rawAnswer(url: string, acceptEncoding: string): Promise<{ headers: Record<string, string>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "Accept-Encoding": acceptEncoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const headers: Record<string, string> = {};
          for (let i = 0; i < res.rawHeaders.length; i += 2) {
            const name = res.rawHeaders[i] ?? "";
            if (!["date", "connection", "keep-alive"].includes(name.toLowerCase())) headers[name] = res.rawHeaders[i + 1] ?? "";
          }
          resolve({ headers, body: Buffer.concat(chunks) });
        });
      })
      .on("error", reject);
  });
}

/** Starts bare-server.ts on `port` with Beacon's answers for `paths`; resolves once it listens. */
export async function startBareServer(options: { origin: string; paths: readonly string[]; port: number; dir: string; acceptEncoding: string }) {
  fs.mkdirSync(options.dir, { recursive: true });
  const stored = [];
  for (const [index, target] of options.paths.entries()) {
    const answer = await rawAnswer(`${options.origin}${target}`, options.acceptEncoding);
    const bodyFile = path.join(options.dir, `body-${index}`);
    fs.writeFileSync(bodyFile, answer.body);
    stored.push({ path: target, headers: answer.headers, bodyFile });
  }
  const config = path.join(options.dir, "responses.json");
  fs.writeFileSync(config, JSON.stringify(stored));
  // The same V8 flags as Beacon's process, so the heap is sized alike.
  const flags = SERVER_NODE_ARGS.filter((arg) => arg.startsWith("--"));
  const child = spawn(process.execPath, [...flags, "scripts/bench/bare-server.ts", config, String(options.port)], { stdio: ["ignore", "ignore", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 10_000;
  for (;;) {
    const up = await fetch(`http://127.0.0.1:${options.port}${options.paths[0]}`).then(() => true, () => false);
    if (up) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error("the bare Node server did not start");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    pid: child.pid ?? 0,
    stop: () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}
