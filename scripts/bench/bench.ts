import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { measurePageWeight } from "./page-weight";
import { runWrk, type WrkResult } from "./wrk";

// `npm run bench`: Beacon's public page and summary JSON under load (wrk, 50 connections),
// next to nginx serving the same bytes as static files on this machine in the same run.

const BEACON_PORT = 3200;
const NGINX_PORT = 3201;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const load = { seconds: SECONDS, connections: 50, threads: 2 };
const beaconUrl = `http://127.0.0.1:${BEACON_PORT}`;
const work = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-bench-"));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function cli(args: string[], env: NodeJS.ProcessEnv) {
  execFileSync(process.execPath, ["--import", "./scripts/register.mjs", "scripts/cli.ts", ...args], { env, stdio: "ignore" });
}

async function fromSnapshot(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).headers.get("cache-control")?.includes("stale-if-error") ?? false;
  } catch {
    return false;
  }
}

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

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
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
  const env = { ...process.env, DATABASE_URL: `file:${work}/beacon.db`, BEACON_DATA_DIR: work, PORT: String(BEACON_PORT), HOST: "127.0.0.1", LOG_LEVEL: "warn" };
  cli(["seed-demo"], env);
  const server = spawn(process.execPath, ["dist/server.mjs"], { env, stdio: "ignore" });
  const stopAll: (() => void)[] = [() => server.kill("SIGTERM")];
  try {
    const deadline = Date.now() + 60_000;
    while (!((await fromSnapshot(`${beaconUrl}/`)) && (await fromSnapshot(`${beaconUrl}/api/v2/summary.json`)))) {
      if (Date.now() > deadline || server.exitCode !== null) throw new Error("Beacon did not start serving its snapshot");
      await sleep(200);
    }
    const root = path.join(work, "static");
    fs.mkdirSync(path.join(root, "api/v2"), { recursive: true });
    for (const [target, file] of [["/", "index.html"], ["/api/v2/summary.json", "api/v2/summary.json"]] as const) {
      const bytes = Buffer.from(await (await fetch(`${beaconUrl}${target}`)).arrayBuffer());
      fs.writeFileSync(path.join(root, file), bytes);
      fs.writeFileSync(path.join(root, `${file}.gz`), gzipSync(bytes, { level: 9 }));
    }
    stopAll.push(startNginx(root));
    await sleep(500);

    let peakRss = rssMb(server.pid ?? 0);
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(server.pid ?? 0))), 100);
    const results: Record<string, WrkResult> = {};
    for (const [name, url] of [
      ["beacon /", `${beaconUrl}/`],
      ["nginx /", `http://127.0.0.1:${NGINX_PORT}/`],
      ["beacon summary", `${beaconUrl}/api/v2/summary.json`],
      ["nginx summary", `http://127.0.0.1:${NGINX_PORT}/api/v2/summary.json`],
    ] as const) {
      results[name] = await runWrk(url, load);
    }
    clearInterval(sampler);
    const weight = await measurePageWeight(beaconUrl);

    const r = (name: string) => results[name] as WrkResult;
    console.info(`\nwrk -t${load.threads} -c${load.connections} -d${load.seconds}s, Accept-Encoding: gzip, ${os.cpus().length} cores\n`);
    console.info("| path | Beacon req/s | p50 ms | p99 ms | nginx req/s | nginx p99 ms | Beacon / nginx |");
    console.info("| --- | --- | --- | --- | --- | --- | --- |");
    console.info(row("/", r("beacon /"), r("nginx /")));
    console.info(row("/api/v2/summary.json", r("beacon summary"), r("nginx summary")));
    console.info(`\nPage weight of /: HTML ${(weight.htmlGzipBytes / 1024).toFixed(1)} KB gzip; everything it loads ${(weight.totalGzipBytes / 1024).toFixed(1)} KB gzip (${weight.resources.length + 1} requests)`);
    console.info(`Beacon's peak resident memory during the run: ${peakRss.toFixed(0)} MB`);
  } finally {
    for (const stop of stopAll) stop();
    await sleep(300);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
