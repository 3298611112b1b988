import { afterEach, describe, expect, it } from "vitest";
import { commandLineActor } from "../../lib/auth/actor";
import { createComponent } from "../../lib/components/create-component";
import { createIncident } from "../../lib/incidents/create-incident";
import { exactlyOnePerEvent } from "../../lib/notifications/channels/webhook/testing/check-webhooks";
import { ensurePage } from "../../lib/pages/ensure-page";
import { createWebhookSubscribers } from "../../lib/subscribers/testing/create-webhook-subscribers";
import { startWebhookReceiver, type WebhookReceiver } from "../../lib/testing/webhook-receiver";
import { withTestDatabase } from "../../lib/testing/with-test-database";
import { spawnWorker, type WorkerProcess } from "../testing/spawn-worker";

// Webhooks from the worker as its own process (server/worker.ts), killed without warning or
// run twice at once: every endpoint gets exactly one request per event (an incident update,
// a component's change).

const db = withTestDatabase();

const workers: WorkerProcess[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const worker of workers.splice(0)) if (worker.child.exitCode === null && !worker.child.signalCode) worker.child.kill("SIGKILL");
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function startWorker(env: Record<string, string> = {}): WorkerProcess {
  // The receiver listens on 127.0.0.1; no SMTP_URL, so emails (none here) would be held.
  const worker = spawnWorker({ DATABASE_URL: process.env.DATABASE_URL!, BEACON_ALLOW_PRIVATE_WEBHOOKS: "true", BEACON_MAIL_RETRY_SECONDS: "0.2", SMTP_URL: "", ...env });
  workers.push(worker);
  return worker;
}

let sequence = 0;

/** Endpoints following a component of their own, then an incident that changes it: two events each. */
async function webhookOutage(receiver: WebhookReceiver, count: number) {
  sequence += 1;
  const pageId = (await ensurePage()).id;
  const component = await createComponent(commandLineActor, { name: `Webhook process ${sequence}` });
  const endpoints = Array.from({ length: count }, (_, index) => `${receiver.url}/p${sequence}-${index}`);
  const subscribers = await createWebhookSubscribers(db(), pageId, endpoints, { componentIds: [component.id] });
  const { updateId } = await createIncident(commandLineActor, { name: `Outage ${sequence}`, body: "Down.", components: { [component.id]: "major_outage" } });
  const change = await db().componentStatusLog.findFirstOrThrow({ where: { componentId: component.id, oldStatus: { not: null } }, select: { id: true } });
  // By the two notifications, not a list of ids past SQLite's parameter limit.
  const ofEvents = { notification: { OR: [{ incidentUpdateId: updateId }, { componentStatusLogId: change.id }] } };
  const sent = () => db().delivery.count({ where: { ...ofEvents, status: "sent" } });
  const claimed = () => db().delivery.count({ where: { ...ofEvents, status: "pending", claimedUntil: { not: null } } });
  return { subscribers, events: [updateId, change.id], sent, claimed };
}

describe("server/worker.ts sending webhooks", () => {
  it("sends exactly one request per (event, endpoint) when the worker is killed mid fan-out and restarted", async () => {
    const receiver = await startWebhookReceiver();
    cleanups.push(() => receiver.stop());
    const { subscribers, events, sent, claimed } = await webhookOutage(receiver, 300);
    // A short lease, so the dead process's claims lapse quickly for the next one.
    const env = { BEACON_MAIL_LEASE_SECONDS: "3" };
    const first = startWorker(env);

    await receiver.waitFor(100, 20_000);
    // Hold the answers, and wait until every request answered so far is recorded as sent: the
    // kill then lands while requests are in flight but unanswered, so none is ambiguous.
    receiver.hold();
    await expect.poll(async () => (await sent()) === receiver.accepted.length, { timeout: 10_000 }).toBe(true);
    await expect.poll(() => receiver.heldCount, { timeout: 10_000 }).toBeGreaterThan(0);
    const beforeKill = receiver.accepted.length;
    first.child.kill("SIGKILL");
    expect(await first.exited).toMatchObject({ signal: "SIGKILL" });
    // The requests it left unanswered were never accepted; the receiver comes back on its port.
    await receiver.stop();
    await receiver.start();
    expect(beforeKill).toBeLessThan(600);
    expect(await claimed()).toBeGreaterThan(0);

    const second = startWorker(env);
    await receiver.waitFor(600, 25_000);
    await expect.poll(sent, { timeout: 10_000 }).toBe(600);
    second.child.kill("SIGTERM");
    expect(await second.exited).toMatchObject({ code: 0 });
    // Residual window, not exercised here: a crash after the receiver's 2xx but before the
    // "sent" commit repeats that one request (same X-Beacon-Delivery, so it can be recognised).
    expect(exactlyOnePerEvent(receiver.accepted, subscribers, events)).toMatchObject({ ok: true, total: 600 });
  }, 30_000);

  // PostgreSQL is where several workers are meant to run (SKIP LOCKED); on SQLite they also
  // work, one writer at a time.
  it("shares the work between two workers at once, each request sent once", async () => {
    const receiver = await startWebhookReceiver();
    cleanups.push(() => receiver.stop());
    // Each worker writes its own BEACON_URL into meta.documentation, so the receiver tells them apart.
    const a = startWorker({ BEACON_URL: "http://worker-a.example.test" });
    const b = startWorker({ BEACON_URL: "http://worker-b.example.test" });
    await Promise.all([a.started, b.started]);
    const { subscribers, events, sent } = await webhookOutage(receiver, 1_000);
    await receiver.waitFor(2_000, 25_000);
    await expect.poll(sent, { timeout: 10_000 }).toBe(2_000);
    a.child.kill("SIGTERM");
    b.child.kill("SIGTERM");
    expect([await a.exited, await b.exited]).toEqual([expect.objectContaining({ code: 0 }), expect.objectContaining({ code: 0 })]);
    expect(exactlyOnePerEvent(receiver.accepted, subscribers, events)).toMatchObject({ ok: true, total: 2_000 });
    const bySender = { a: 0, b: 0 };
    for (const request of receiver.accepted) bySender[request.body.includes("worker-a.example.test") ? "a" : "b"] += 1;
    expect(bySender.a).toBeGreaterThan(0);
    expect(bySender.b).toBeGreaterThan(0);
  }, 30_000);
});
