import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// `npm run bench:webhooks`: one incident update fanned out to 5,000 webhook subscribers by the
// real outbox worker (signed, address-checked, one request each) on a local receiver, timed until
// the receiver has answered every request; then a plain loop of `fetch` calls, as many at once
// as the channel sends, posts the same bodies to the same receiver (the ceiling). Uses a
// throw-away SQLite database unless DATABASE_URL is set (then it adds 5,000 webhook subscribers
// there: point it at a scratch database).

const COUNT = Number(process.env.BENCH_WEBHOOKS ?? 5_000);
const CONCURRENCY = 20;
const TARGET_MS = 15_000;
const work = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-bench-webhooks-"));
process.env.DATABASE_URL ||= `file:${path.join(work, "beacon.db")}`;
process.env.LOG_LEVEL ||= "error";
// The receiver listens on 127.0.0.1, which only this switch lets webhooks reach.
process.env.BEACON_ALLOW_PRIVATE_WEBHOOKS = "true";

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const perSecond = (count: number, ms: number) => `${Math.round((count * 1000) / ms).toLocaleString("en")}/s`;

async function plainLoop(requests: { url: string; body: string }[]): Promise<void> {
  let next = 0;
  const one = async (): Promise<void> => {
    while (next < requests.length) {
      const request = requests[next++]!;
      const response = await fetch(request.url, { method: "POST", headers: { "content-type": "application/json" }, body: request.body });
      await response.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, one));
}

async function main() {
  // Imported after DATABASE_URL is settled: lib/db.ts reads it on first use.
  const { prepareInstance } = await import("../../server/startup/prepare-instance");
  const { getDb, disconnectDb } = await import("../../lib/db");
  const { databaseTarget } = await import("../../lib/database/url");
  const { commandLineActor } = await import("../../lib/auth/actor");
  const { createIncident } = await import("../../lib/incidents/create-incident");
  const { ensurePage } = await import("../../lib/pages/ensure-page");
  const { createWebhookSubscribers } = await import("../../lib/subscribers/testing/create-webhook-subscribers");
  const { startWebhookReceiver } = await import("../../lib/testing/webhook-receiver");
  const { startOutboxWorker } = await import("../../server/workers/outbox-worker");

  await prepareInstance();
  const page = await ensurePage();
  const receiver = await startWebhookReceiver();
  const endpoints = Array.from({ length: COUNT }, (_, index) => `${receiver.url}/hook/${index}`);
  await createWebhookSubscribers(getDb(), page.id, endpoints);
  const stopWorker = startOutboxWorker({ channels: { email: { smtpUrl: null }, webhook: { concurrency: CONCURRENCY } } });
  try {
    // The worker is running, as inside `npm start`; the clock starts when the update is posted.
    const started = performance.now();
    await createIncident(commandLineActor, { name: "Bench outage", body: "The **API** is failing; we are on it." });
    await receiver.waitFor(COUNT, 300_000);
    const workerMs = performance.now() - started;
    await stopWorker();

    const perPath = new Map<string, number>();
    for (const request of receiver.accepted) perPath.set(request.path, (perPath.get(request.path) ?? 0) + 1);
    const once = perPath.size === COUNT && [...perPath.values()].every((count) => count === 1);
    const signed = receiver.accepted.every((request) => typeof request.headers["x-beacon-signature"] === "string");

    // The ceiling: the same bodies, posted by a bare loop with the same number in flight.
    const requests = receiver.accepted.slice(0, COUNT).map((request) => ({ url: `${receiver.url}${request.path}`, body: request.body }));
    const plainStarted = performance.now();
    await plainLoop(requests);
    await receiver.waitFor(2 * COUNT, 300_000);
    const plainMs = performance.now() - plainStarted;

    console.info(`\n${COUNT.toLocaleString("en")} webhook subscribers on one local receiver, ${CONCURRENCY} requests in flight, ${os.cpus().length} cores, ${databaseTarget().provider === "sqlite" ? "SQLite" : "PostgreSQL"}\n`);
    console.info("| path | time until all answered | rate |");
    console.info("| --- | --- | --- |");
    console.info(`| Beacon: update posted → fan-out → worker → receiver | ${seconds(workerMs)} | ${perSecond(COUNT, workerMs)} |`);
    console.info(`| plain loop of fetch calls (ceiling) | ${seconds(plainMs)} | ${perSecond(COUNT, plainMs)} |`);
    console.info(`\nBeacon / ceiling: ${((100 * plainMs) / workerMs).toFixed(0)} % of the ceiling's rate`);
    console.info(`One signed request per endpoint: ${once && signed ? "yes" : "NO"}`);
    console.info(`Target: all ${COUNT.toLocaleString("en")} within ${TARGET_MS / 1000} s: ${workerMs <= TARGET_MS ? "met" : "MISSED"}`);
  } finally {
    await stopWorker();
    await receiver.stop();
    await disconnectDb();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:webhooks: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
