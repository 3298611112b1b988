import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

// `npm run bench:monitors`: 1,000 HTTP monitors (BENCH_MONITORS) at a 60 s interval checked by
// the real monitor worker for BENCH_MONITOR_SECONDS (300 by default) against a local target in a
// child process, whose CPU is therefore not Beacon's. Prints Beacon's CPU share, how late checks
// start against their schedule, and how much the database grows. Uses a throw-away SQLite
// database unless DATABASE_URL is set (then it adds the monitors there: use a scratch database).

const MONITORS = Number(process.env.BENCH_MONITORS ?? 1_000);
const SECONDS = Number(process.env.BENCH_MONITOR_SECONDS ?? 300);
const INTERVAL_MS = 60_000;
const TARGETS = { cpuPercent: 15, p99LatenessMs: 1_000 };
const now = () => performance.timeOrigin + performance.now();
const quantile = (sorted: number[], q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? NaN;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

// The target: answers 200 at once with a small body and notes when each monitor's request came.
function serveTarget(): void {
  const arrivals: [number, number][] = [];
  const server = http.createServer((request, response) => {
    if (request.url === "/arrivals") return void response.end(JSON.stringify(arrivals));
    arrivals.push([Number(request.url?.split("/")[2]), now()]);
    response.writeHead(200, { "content-type": "text/plain", "content-length": "2" }).end("ok");
  });
  server.listen(0, "127.0.0.1", () => console.info(String((server.address() as AddressInfo).port)));
}

async function startTarget(): Promise<{ url: string; stop: () => void }> {
  const self = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ["--import", fileURLToPath(new URL("../register.mjs", import.meta.url)), self, "--target"], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once("exit", () => reject(new Error("the target server did not start")));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-bench-monitors-"));
  process.env.DATABASE_URL ||= `file:${path.join(work, "beacon.db")}`;
  process.env.LOG_LEVEL ||= "error";
  // Imported after DATABASE_URL is settled: lib/db.ts reads it on first use.
  const { prepareInstance } = await import("../../server/startup/prepare-instance");
  const { getDb, disconnectDb } = await import("../../lib/db");
  const { databaseTarget } = await import("../../lib/database/url");
  const { commandLineActor } = await import("../../lib/auth/actor");
  const { createComponent } = await import("../../lib/components/create-component");
  const { createMonitor } = await import("../../lib/monitors/create-monitor");
  const { rollUpChecks } = await import("../../lib/monitors/rollups/roll-up-checks");
  const { startMonitorWorker } = await import("../../server/workers/monitor-worker");

  await prepareInstance();
  const db = getDb();
  const target = databaseTarget();
  // What a table takes with its indexes: pg_total_relation_size, or SQLite's pages (dbstat).
  const size = async (table: "MonitorCheck" | "MonitorRollup") => {
    const sql = target.provider === "postgresql" ? `SELECT pg_total_relation_size('"${table}"') AS bytes` : `SELECT SUM(s.pgsize) AS bytes FROM dbstat s JOIN sqlite_master m ON m.name = s.name WHERE m.tbl_name = '${table}'`;
    return Number((await db.$queryRawUnsafe<{ bytes: bigint | number }[]>(sql))[0]?.bytes ?? 0);
  };
  // The whole SQLite file, write-ahead log included, after a checkpoint.
  const fileSize = async () => {
    if (target.provider !== "sqlite") return NaN;
    await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    return [target.filePath, `${target.filePath}-wal`].reduce((total, file) => total + (fs.existsSync(file) ? fs.statSync(file).size : 0), 0);
  };
  const server = await startTarget();
  let stopWorker = async () => {};
  try {
    const { id: componentId } = await createComponent(commandLineActor, { name: "Bench targets" });
    const ids: string[] = [];
    for (let index = 0; index < MONITORS; index++) ids.push((await createMonitor(commandLineActor, { name: `Bench ${index}`, url: `${server.url}/m/${index}`, componentId, intervalSeconds: INTERVAL_MS / 1000 })).id);
    // Spread evenly over the interval, as an installation is after a while: monitors are added
    // at different times and each keeps its own rhythm, so they do not all fire at once.
    const firstSlot = Math.ceil(Date.now() / 1000) * 1000 + 3_000;
    const slots = ids.map((_, index) => firstSlot + Math.floor((index * INTERVAL_MS) / MONITORS));
    await db.$transaction(async (tx) => {
      for (const [index, id] of ids.entries()) await tx.monitor.update({ where: { id }, data: { nextCheckAt: new Date(slots[index]!) } });
    });
    const checksBefore = await size("MonitorCheck");
    const fileBefore = await fileSize();
    const loadBefore = os.loadavg();

    const cpu = process.cpuUsage();
    const started = now();
    stopWorker = startMonitorWorker();
    await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
    await stopWorker();
    stopWorker = async () => {};
    const wallMs = now() - started;
    const { user, system } = process.cpuUsage(cpu);
    const cpuPercent = ((user + system) / 1000 / wallMs) * 100;
    const loadAfter = os.loadavg();

    const arrivals = (await (await fetch(`${server.url}/arrivals`)).json()) as [number, number][];
    // Each check against the slot it was for: the last one of its monitor's schedule before it began.
    const lateness = arrivals.map(([index, at]) => (at - slots[index]!) % INTERVAL_MS).sort((a, b) => a - b);
    const served = new Set(arrivals.map(([index, at]) => `${index}:${Math.floor((at - slots[index]!) / INTERVAL_MS)}`));
    let missed = 0;
    for (const [index, slot] of slots.entries()) {
      for (let k = 0; slot + k * INTERVAL_MS <= started + wallMs - 2_000; k++) if (!served.has(`${index}:${k}`)) missed++;
    }
    const recorded = await db.monitorCheck.count();
    const checkBytes = (await size("MonitorCheck")) - checksBefore;
    const perCheck = checkBytes / recorded;
    const fileGrowth = (await fileSize()) - fileBefore;

    // Rolls the bench's hour up as if it were over, to weigh a roll-up row.
    const rollupsBefore = await size("MonitorRollup");
    const rollupStarted = now();
    const rolled = await rollUpChecks(new Date(Date.now() + 2 * 3_600_000));
    const rollupMs = now() - rollupStarted;
    const perRollup = ((await size("MonitorRollup")) - rollupsBefore) / Math.max(1, rolled.rows);
    const perDay = (MONITORS * 86_400_000) / INTERVAL_MS;
    const steady = 2 * perDay * perCheck + MONITORS * 90 * 25 * perRollup;

    const ms = (value: number) => `${Math.round(value)} ms`;
    console.info(`\n${MONITORS.toLocaleString("en")} HTTP monitors every ${INTERVAL_MS / 1000} s for ${Math.round(wallMs / 1000)} s, ${os.cpus().length} cores, ${target.provider === "sqlite" ? "SQLite" : "PostgreSQL"}`);
    console.info(`Load average before/after: ${loadBefore[0]!.toFixed(2)} / ${loadAfter[0]!.toFixed(2)} (1 min)\n`);
    console.info("| measure | value |");
    console.info("| --- | --- |");
    console.info(`| checks started / recorded / slots missed (due 2 s before the end) | ${arrivals.length} / ${recorded} / ${missed} |`);
    console.info(`| Beacon CPU (user + system) | ${cpuPercent.toFixed(1)} % of one core |`);
    console.info(`| lateness p50 / p99 / max | ${ms(quantile(lateness, 0.5))} / ${ms(quantile(lateness, 0.99))} / ${ms(lateness.at(-1) ?? NaN)} |`);
    console.info(`| database per check (row and indexes) | ${Math.round(perCheck)} bytes |`);
    if (target.provider === "sqlite") console.info(`| SQLite file growth in the run (WAL included) | ${mb(fileGrowth)}, ${Math.round(fileGrowth / recorded)} bytes a check |`);
    console.info(`| raw checks per day (${perDay.toLocaleString("en")} checks) | ${mb(perDay * perCheck)} |`);
    console.info(`| roll-up row | ${Math.round(perRollup)} bytes (${rolled.rows} rows written in ${ms(rollupMs)}) |`);
    console.info(`| steady state: 48 h raw + 90 days of hourly and daily roll-ups | ${mb(steady)} |`);
    console.info(`\nTarget: under ${TARGETS.cpuPercent} % of one core: ${cpuPercent < TARGETS.cpuPercent ? "met" : "MISSED"}`);
    console.info(`Target: p99 lateness under ${TARGETS.p99LatenessMs / 1000} s: ${quantile(lateness, 0.99) < TARGETS.p99LatenessMs ? "met" : "MISSED"}`);
  } finally {
    await stopWorker();
    server.stop();
    await disconnectDb();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv.includes("--target")) serveTarget();
else
  main().catch((error: unknown) => {
    console.error(`bench:monitors: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
