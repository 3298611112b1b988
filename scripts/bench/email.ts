import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// `npm run bench:email`: one incident update fanned out to 10,000 confirmed subscribers by the
// real mail worker, through a local SMTP listener, timed until the listener has accepted every
// message; then a plain nodemailer pooled loop sends the same composed messages to the same
// listener (the ceiling). Uses a throw-away SQLite database unless DATABASE_URL is set (then it
// adds 10,000 subscribers there: point it at a scratch database).

const COUNT = Number(process.env.BENCH_SUBSCRIBERS ?? 10_000);
const MAX_CONNECTIONS = 5;
const work = fs.mkdtempSync(path.join(os.tmpdir(), "beacon-bench-email-"));
process.env.DATABASE_URL ||= `file:${path.join(work, "beacon.db")}`;
process.env.LOG_LEVEL ||= "error";

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const perSecond = (count: number, ms: number) => `${Math.round((count * 1000) / ms).toLocaleString("en")}/s`;

async function main() {
  // Imported after DATABASE_URL is settled: lib/db.ts reads it on first use.
  const { prepareInstance } = await import("../../server/startup/prepare-instance");
  const { getDb, disconnectDb } = await import("../../lib/db");
  const { databaseTarget } = await import("../../lib/database/url");
  const { commandLineActor } = await import("../../lib/auth/actor");
  const { createIncident } = await import("../../lib/incidents/create-incident");
  const { ensurePage } = await import("../../lib/pages/ensure-page");
  const { createConfirmedSubscribers } = await import("../../lib/subscribers/testing/create-subscribers");
  const { startSmtpListener } = await import("../../lib/testing/smtp-listener");
  const { startOutboxWorker } = await import("../../server/workers/outbox-worker");
  const { composeEmail, loadEmailContent } = await import("../../lib/notifications/channels/email/compose-email");
  const { subscriberLinkSigner } = await import("../../lib/subscribers/subscriber-links");
  const { createMailTransport } = await import("../../lib/notifications/channels/email/mail-transport");

  // As `npm start` does: connection check (SQLite in WAL mode), migrations, the page.
  await prepareInstance();
  const page = await ensurePage();
  const subscribers = await createConfirmedSubscribers(getDb(), page.id, COUNT);
  const listener = await startSmtpListener({ parse: false });
  const stopWorker = startOutboxWorker({ channels: { email: { smtpUrl: listener.url, maxConnections: MAX_CONNECTIONS } } });
  try {
    // The worker is running, as inside `npm start`; the clock starts when the update is posted.
    const started = performance.now();
    const { updateId } = await createIncident(commandLineActor, { name: "Bench outage", body: "The **API** is failing; we are on it." });
    await listener.waitFor(COUNT, 300_000);
    const workerMs = performance.now() - started;
    const notification = await getDb().notification.findFirstOrThrow({ where: { incidentUpdateId: updateId }, select: { id: true } });
    while ((await getDb().delivery.count({ where: { notificationId: notification.id, status: "sent" } })) < COUNT) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const recordedMs = performance.now() - started;
    await stopWorker();

    // The ceiling: the same messages, composed beforehand, handed to a bare nodemailer pool.
    const content = (await loadEmailContent(notification.id))!;
    const sign = await subscriberLinkSigner();
    const deliveries = await getDb().delivery.findMany({ where: { notificationId: notification.id }, select: { id: true, subscriberId: true } });
    const emailOf = new Map(subscribers.map((subscriber) => [subscriber.id, subscriber.email]));
    const messages = deliveries.map((delivery) => {
      const email = emailOf.get(delivery.subscriberId)!;
      const composed = composeEmail(content, { subscriberId: delivery.subscriberId, email, links: sign({ id: delivery.subscriberId, confirmVersion: 0 }) });
      return { from: { name: page.name, address: "status@127.0.0.1" }, to: email, ...composed, messageId: `<${delivery.id}@127.0.0.1>` };
    });
    const transport = createMailTransport({ smtpUrl: listener.url, maxConnections: MAX_CONNECTIONS });
    const plainStarted = performance.now();
    await Promise.all(messages.map((message) => transport.send(message)));
    await listener.waitFor(2 * COUNT, 300_000);
    const plainMs = performance.now() - plainStarted;
    transport.close();
    await listener.stop();

    const perAddress = new Map<string, number>();
    for (const message of listener.messages.slice(0, COUNT)) perAddress.set(message.to[0]!, (perAddress.get(message.to[0]!) ?? 0) + 1);
    const once = [...perAddress.values()].every((count) => count === 1) && perAddress.size === COUNT;
    console.info(`\n${COUNT.toLocaleString("en")} subscribers, ${MAX_CONNECTIONS} SMTP connections, ${os.cpus().length} cores, ${databaseTarget().provider === "sqlite" ? "SQLite" : "PostgreSQL"}\n`);
    console.info("| path | time until all accepted | rate |");
    console.info("| --- | --- | --- |");
    console.info(`| Beacon: update posted → fan-out → worker → listener | ${seconds(workerMs)} | ${perSecond(COUNT, workerMs)} |`);
    console.info(`| plain nodemailer pooled loop (ceiling) | ${seconds(plainMs)} | ${perSecond(COUNT, plainMs)} |`);
    console.info(`\nBeacon / ceiling: ${((100 * plainMs) / workerMs).toFixed(0)} % of the ceiling's rate`);
    console.info(`Every delivery recorded as sent after ${seconds(recordedMs)}; one email per address: ${once ? "yes" : "NO"}`);
    console.info(`Target: all ${COUNT.toLocaleString("en")} within 60 s: ${workerMs <= 60_000 ? "met" : "MISSED"}`);
  } finally {
    await stopWorker();
    await listener.stop();
    await disconnectDb();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench:email: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
