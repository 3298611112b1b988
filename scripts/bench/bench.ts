import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describeFreshness, measureFreshness } from "./freshness";
import { fuzzApi } from "./fuzz";
import { rssMb, startInstance } from "./instance";
import { measurePageWeight } from "./page-weight";
import { canPin, type Cost, costSideBySide, cpuDuring, pinTo, processTree, startBareServer } from "./serving-cost";
import { runWrk, WRK_ACCEPT_ENCODING, type WrkLoad, type WrkResult } from "./wrk";

// `npm run bench`: Beacon's public page and summary JSON under load (wrk, 50 connections, the
// servers taking turns), next to nginx serving the same bytes as static files on this machine
// in the same run; the CPU time each used per request, loaded side by side with a bare Node
// server sending the same bytes; how soon a write is public (quiet, under that load, and on a
// page with a long history); and resident memory after the load and 2,000 fuzzed API
// requests. BENCH_SERVING_ONLY=1 stops after the load runs.

const BEACON_PORT = 3200;
const NGINX_PORT = 3201;
const BARE_PORT = 3202;
const TWIN_PORT = 3203;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const COST_ROUNDS = Number(process.env.BENCH_COST_ROUNDS ?? 5);
const IDLE_SECONDS = 60;
const PINNED = canPin();
// Pinned, the servers run on CPU 0 and wrk (one thread, enough for one core's server) on CPU 1.
const load: WrkLoad = { seconds: SECONDS, connections: 50, threads: PINNED ? 1 : 2, cpu: PINNED ? 1 : undefined };
const RUNS = Number(process.env.BENCH_WRITES ?? 5);
const FUZZ_REQUESTS = 2_000;
const PAST_INCIDENTS = Number(process.env.BENCH_PAST_INCIDENTS ?? 10_000);
const SERVING_ONLY = process.env.BENCH_SERVING_ONLY === "1";
const PATHS = [
  ["/", "/", "index.html"],
  ["summary", "/api/v2/summary.json", "api/v2/summary.json"],
] as const;
type Server = "beacon" | "nginx";
const work = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-bench-"));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function startNginx(root: string): { pid: number; stop: () => void } {
  const config = path.join(work, "nginx.conf");
  fs.writeFileSync(
    config,
    `worker_processes auto; daemon off; pid ${work}/nginx.pid; error_log ${work}/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; sendfile on; tcp_nopush on; gzip_static on; default_type application/octet-stream;
  types { text/html html; application/json json; }
  client_body_temp_path ${work}/tmp; proxy_temp_path ${work}/tmp; fastcgi_temp_path ${work}/tmp; uwsgi_temp_path ${work}/tmp; scgi_temp_path ${work}/tmp;
  server { listen 127.0.0.1:${NGINX_PORT}; root ${root}; index index.html; etag on; } }`,
  );
  fs.mkdirSync(path.join(work, "tmp"));
  const nginx = spawn("nginx", ["-c", config], { stdio: "ignore" });
  return { pid: nginx.pid ?? 0, stop: () => nginx.kill("SIGTERM") };
}

/** The run with the median throughput. */
function median(list: WrkResult[]): WrkResult {
  return [...list].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[Math.floor(list.length / 2)] as WrkResult;
}

const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** A path's side-by-side rounds: each server's median cost, and the ratios round by round. */
type CostRound = { beacon: Cost; bare: Cost; twin: Cost; nginx: Cost };

function cpuRow(target: string, rounds: CostRound[]): string {
  const us = (value: number) => value.toFixed(1);
  const ratios = (of: (round: (typeof rounds)[number]) => number) => {
    const values = rounds.map(of);
    return `${middle(values).toFixed(2)} (${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)})`;
  };
  const beacon = middle(rounds.map((round) => round.beacon.cpuUs));
  const front = middle(rounds.map((round) => round.beacon.cpuUsByPid[0] ?? 0));
  const app = middle(rounds.map((round) => round.beacon.cpuUs - (round.beacon.cpuUsByPid[0] ?? 0)));
  const bare = middle(rounds.map((round) => round.bare.cpuUs));
  const nginx = middle(rounds.map((round) => round.nginx.cpuUs));
  return `| ${target} | ${us(beacon)} | ${us(front)} | ${us(app)} | ${us(bare)} | ${ratios((round) => (round.beacon.cpuUsByPid[0] ?? 0) / round.bare.cpuUs)} | ${ratios((round) => round.beacon.cpuUs / round.bare.cpuUs)} | ${ratios((round) => round.twin.cpuUs / round.bare.cpuUs)} | ${us(nginx)} | ${(beacon / nginx).toFixed(2)} |`;
}

function row(name: string, result: WrkResult, nginx: WrkResult): string {
  const ratio = (100 * result.requestsPerSecond) / nginx.requestsPerSecond;
  return `| ${name} | ${Math.round(result.requestsPerSecond).toLocaleString("en")} | ${result.p50Ms.toFixed(2)} | ${result.p99Ms.toFixed(2)} | ${Math.round(nginx.requestsPerSecond).toLocaleString("en")} | ${nginx.p99Ms.toFixed(2)} | ${ratio.toFixed(1)} % |${result.errors ? ` ${result.errors}` : ""}`;
}

async function main() {
  for (const tool of ["wrk", "nginx"]) {
    if (spawnSync("sh", ["-c", `command -v ${tool}`]).status !== 0) throw new Error(`${tool} is not installed (apt-get install -y wrk nginx-light)`);
  }
  if (!fs.existsSync(".next/BUILD_ID") || !fs.existsSync("dist/server.mjs")) throw new Error("no production build: run `npm run build` first");
  const beacon = await startInstance({ dir: path.join(work, "demo"), port: BEACON_PORT });
  const beaconUrl = beacon.origin;
  const stopAll: (() => unknown)[] = [beacon.stop];
  try {
    const root = path.join(work, "static");
    fs.mkdirSync(path.join(root, "api/v2"), { recursive: true });
    for (const [, target, file] of PATHS) {
      const bytes = Buffer.from(await (await fetch(`${beaconUrl}${target}`)).arrayBuffer());
      fs.writeFileSync(path.join(root, file), bytes);
      fs.writeFileSync(path.join(root, `${file}.gz`), gzipSync(bytes, { level: 9 }));
    }
    const nginx = startNginx(root);
    stopAll.push(nginx.stop);
    const bare = await startBareServer({ origin: beaconUrl, paths: PATHS.map(([, target]) => target), port: BARE_PORT, dir: path.join(work, "bare"), acceptEncoding: WRK_ACCEPT_ENCODING });
    stopAll.push(bare.stop);
    // A second one, the same program with the same bytes: what two identical servers differ
    // by side by side is the floor of what this measurement can tell apart.
    const twin = await startBareServer({ origin: beaconUrl, paths: PATHS.map(([, target]) => target), port: TWIN_PORT, dir: path.join(work, "twin"), acceptEncoding: WRK_ACCEPT_ENCODING });
    stopAll.push(twin.stop);
    await sleep(500);
    const [front = beacon.pid, app = beacon.pid] = processTree(beacon.pid);
    if (PINNED) pinTo(0, [front, app, bare.pid, twin.pid, ...processTree(nginx.pid)]);
    const origins: Record<Server | "bare" | "twin", string> = { beacon: beaconUrl, bare: `http://127.0.0.1:${BARE_PORT}`, twin: `http://127.0.0.1:${TWIN_PORT}`, nginx: `http://127.0.0.1:${NGINX_PORT}` };

    let peakRss = rssMb(beacon.pid);
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(beacon.pid))), 100);
    // Throughput and latency: Beacon and nginx alone, taking turns, ROUNDS times each (the
    // median run), each round starting with the other.
    const runs: Record<string, WrkResult[]> = {};
    for (const [name, target] of PATHS) {
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const server of round % 2 ? (["nginx", "beacon"] as const) : (["beacon", "nginx"] as const)) {
          (runs[`${server} ${name}`] ??= []).push(await runWrk(`${origins[server]}${target}`, load));
        }
      }
    }
    // CPU time per request: the four at once (costSideBySide says why), COST_ROUNDS times.
    const costs: Record<string, CostRound[]> = {};
    for (const [name, target] of PATHS) {
      for (let round = 0; round < COST_ROUNDS; round += 1) {
        const [beaconCost, bareCost, twinCost, nginxCost] = await costSideBySide(
          [
            { url: `${origins.beacon}${target}`, pids: [front, app] },
            { url: `${origins.bare}${target}`, pids: [bare.pid] },
            { url: `${origins.twin}${target}`, pids: [twin.pid] },
            { url: `${origins.nginx}${target}`, pids: processTree(nginx.pid) },
          ],
          load,
        );
        (costs[name] ??= []).push({ beacon: beaconCost as Cost, bare: bareCost as Cost, twin: twinCost as Cost, nginx: nginxCost as Cost });
      }
    }
    const results = Object.fromEntries(Object.entries(runs).map(([key, list]) => [key, median(list)]));
    const loadAverage = os.loadavg().map((value) => value.toFixed(2)).join(" ");
    // The app process's own work with no request at all (the snapshot keeper's, outbox's and
    // monitors' polls, and the page re-rendered every minute for its times): for a minute.
    const idle = await cpuDuring(() => [app], () => sleep(IDLE_SECONDS * 1000));
    const r = (name: string) => results[name] as WrkResult;
    const printLoad = () => {
      const where = PINNED ? "the servers on CPU 0, wrk on CPU 1" : "servers and wrk sharing the cores";
      console.info(`\nwrk -t${load.threads} -c${load.connections} -d${load.seconds}s, ${ROUNDS} rounds taking turns (the median run of each), Accept-Encoding: ${WRK_ACCEPT_ENCODING}, ${os.cpus().length} cores, ${where}, load average ${loadAverage} after the runs\n`);
      console.info("| path | Beacon req/s | p50 ms | p99 ms | nginx req/s | nginx p99 ms | Beacon / nginx |");
      console.info("| --- | --- | --- | --- | --- | --- | --- |");
      console.info(row("/", r("beacon /"), r("nginx /")));
      console.info(row("/api/v2/summary.json", r("beacon summary"), r("nginx summary")));
      console.info(`\nCPU time per request: Beacon, a bare Node server sending the same bytes and headers, a second one (the same program: the floor of what this tells apart) and nginx, loaded at once (${where}) for ${load.seconds} s, ${COST_ROUNDS} rounds, the median; utime + stime of each one's processes. The app process answered none of these requests; its own work took ${((idle.cpu * 1000) / IDLE_SECONDS).toFixed(1)} ms of CPU a second over a quiet minute\n`);
      console.info("| path | Beacon µs | of which front door | of which app process | bare Node µs | front door / bare: median (range) | Beacon / bare | a second bare server / bare | nginx µs | Beacon / nginx |");
      console.info("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
      console.info(cpuRow("/", costs["/"] ?? []));
      console.info(cpuRow("/api/v2/summary.json", costs.summary ?? []));
    };
    // After the load runs: the bare server and nginx send the bytes Beacon sent before any write.
    const quiet = await measureFreshness(beaconUrl, beacon.token, RUNS);
    if (SERVING_ONLY) {
      clearInterval(sampler);
      printLoad();
      return;
    }
    // Fresh under load: writes while wrk keeps 50 connections busy on /.
    const loaded = runWrk(`${beaconUrl}/`, { ...load, seconds: Math.max(SECONDS, RUNS * 3 + 4) });
    await sleep(1_500);
    const busy = await measureFreshness(beaconUrl, beacon.token, RUNS);
    const busyLoad = await loaded;
    clearInterval(sampler);
    const weight = await measurePageWeight(beaconUrl);
    const fuzz = await fuzzApi(beaconUrl, beacon.token, FUZZ_REQUESTS);
    await sleep(3_000);
    const rssAfter = rssMb(beacon.pid);
    // What it holds, rather than garbage not yet collected: once the server has been idle a while.
    await sleep(15_000);
    const rssIdle = rssMb(beacon.pid);
    await beacon.stop();

    // The same write on a page with ten years of history behind it.
    const history = await startInstance({ dir: path.join(work, "history"), port: BEACON_PORT, pastIncidents: PAST_INCIDENTS });
    stopAll.push(history.stop);
    const long = await measureFreshness(history.origin, history.token, RUNS);
    const historyRss = rssMb(history.pid);

    printLoad();
    console.info(`\nRebuild: a write through the API until / and summary.json show it (target 1 s)`);
    console.info(`- demo page, quiet: ${describeFreshness(quiet)}`);
    console.info(`- demo page, wrk on / with ${load.connections} connections (${Math.round(busyLoad.requestsPerSecond).toLocaleString("en")} req/s, p99 ${busyLoad.p99Ms.toFixed(1)} ms): ${describeFreshness(busy)}`);
    console.info(`- ${PAST_INCIDENTS.toLocaleString("en")} past incidents over 10 years, quiet: ${describeFreshness(long)}`);
    console.info(`\nPage weight of /: HTML ${(weight.htmlGzipBytes / 1024).toFixed(1)} KB gzip; everything it loads ${(weight.totalGzipBytes / 1024).toFixed(1)} KB gzip (${weight.resources.length + 1} requests)`);
    console.info(`API fuzzing: ${fuzz.sent} requests, answers ${Object.entries(fuzz.byStatus).sort().map(([status, n]) => `${status}: ${n}`).join(", ")}`);
    console.info(`Beacon's resident memory: peak ${peakRss.toFixed(0)} MB during the load runs; ${rssAfter.toFixed(0)} MB 3 s after them and the fuzzing, ${rssIdle.toFixed(0)} MB after 15 s more (budget 300 MB); ${historyRss.toFixed(0)} MB with ${PAST_INCIDENTS.toLocaleString("en")} past incidents`);
  } finally {
    for (const stop of stopAll) await stop();
    await sleep(300);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
