import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describeFreshness, measureFreshness } from "./freshness";
import { fuzzApi } from "./fuzz";
import { rssMb, startInstance } from "./instance";
import { measurePageWeight } from "./page-weight";
import { runWrk, type WrkResult } from "./wrk";

// `npm run bench`: Beacon's public page and summary JSON under load (wrk, 50 connections),
// next to nginx serving the same bytes as static files on this machine in the same run; how
// soon a write is public (quiet, under that load, and on a page with a long history); and
// resident memory after the load and 2,000 fuzzed API requests.

const BEACON_PORT = 3200;
const NGINX_PORT = 3201;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const load = { seconds: SECONDS, connections: 50, threads: 2 };
const RUNS = Number(process.env.BENCH_WRITES ?? 5);
const FUZZ_REQUESTS = 2_000;
const PAST_INCIDENTS = Number(process.env.BENCH_PAST_INCIDENTS ?? 10_000);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-bench-"));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function startNginx(root: string): () => void {
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
  return () => nginx.kill("SIGTERM");
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
    for (const [target, file] of [["/", "index.html"], ["/api/v2/summary.json", "api/v2/summary.json"]] as const) {
      const bytes = Buffer.from(await (await fetch(`${beaconUrl}${target}`)).arrayBuffer());
      fs.writeFileSync(path.join(root, file), bytes);
      fs.writeFileSync(path.join(root, `${file}.gz`), gzipSync(bytes, { level: 9 }));
    }
    stopAll.push(startNginx(root));
    await sleep(500);

    let peakRss = rssMb(beacon.pid);
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(beacon.pid))), 100);
    const quiet = await measureFreshness(beaconUrl, beacon.token, RUNS);
    const results: Record<string, WrkResult> = {};
    for (const [name, url] of [
      ["beacon /", `${beaconUrl}/`],
      ["nginx /", `http://127.0.0.1:${NGINX_PORT}/`],
      ["beacon summary", `${beaconUrl}/api/v2/summary.json`],
      ["nginx summary", `http://127.0.0.1:${NGINX_PORT}/api/v2/summary.json`],
    ] as const) {
      results[name] = await runWrk(url, load);
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

    const r = (name: string) => results[name] as WrkResult;
    console.info(`\nwrk -t${load.threads} -c${load.connections} -d${load.seconds}s, Accept-Encoding: gzip, ${os.cpus().length} cores\n`);
    console.info("| path | Beacon req/s | p50 ms | p99 ms | nginx req/s | nginx p99 ms | Beacon / nginx |");
    console.info("| --- | --- | --- | --- | --- | --- | --- |");
    console.info(row("/", r("beacon /"), r("nginx /")));
    console.info(row("/api/v2/summary.json", r("beacon summary"), r("nginx summary")));
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
