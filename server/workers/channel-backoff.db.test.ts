import { afterEach, describe, expect, it } from "vitest";
import { commandLineActor } from "../../lib/auth/actor";
import { createComponent } from "../../lib/components/create-component";
import { createIncident } from "../../lib/incidents/create-incident";
import { exactlyOnePerEvent } from "../../lib/notifications/channels/webhook/testing/check-webhooks";
import { ensurePage } from "../../lib/pages/ensure-page";
import { createConfirmedSubscribers } from "../../lib/subscribers/testing/create-subscribers";
import { createWebhookSubscribers } from "../../lib/subscribers/testing/create-webhook-subscribers";
import { startSmtpListener } from "../../lib/testing/smtp-listener";
import { startWebhookReceiver } from "../../lib/testing/webhook-receiver";
import { withTestDatabase } from "../../lib/testing/with-test-database";
import { startOutboxWorker } from "./outbox-worker";

// Regression: an unreachable SMTP server backed off the whole worker loop, so webhooks
// waited for the mail server too. Now only the email channel waits.

process.env.BEACON_ALLOW_PRIVATE_WEBHOOKS = "true";

const db = withTestDatabase();

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe("back-off per channel", () => {
  it("delivers every webhook while the mail server is down, and the emails once it is back", async () => {
    const smtp = await startSmtpListener({ parse: false });
    cleanups.push(() => smtp.stop());
    await smtp.stop();
    const receiver = await startWebhookReceiver();
    cleanups.push(() => receiver.stop());
    const pageId = (await ensurePage()).id;
    const component = await createComponent(commandLineActor, { name: "Backoff API" });
    const readers = await createConfirmedSubscribers(db(), pageId, 30, { componentIds: [component.id] });
    const hooks = await createWebhookSubscribers(db(), pageId, Array.from({ length: 30 }, (_, index) => `${receiver.url}/backoff-${index}`), {
      componentIds: [component.id],
    });
    // Small batches mixing both channels, and a first email back-off (5 s, then 10 s …) longer
    // than the webhooks need: with one back-off for the whole loop they would wait behind it.
    const stop = startOutboxWorker({ channels: { email: { smtpUrl: smtp.url } }, retrySeconds: 5, leaseSeconds: 30, batchSize: 10, idleMs: 100 });
    cleanups.push(stop);

    const { updateId } = await createIncident(commandLineActor, { name: "Mail down", body: "Down.", components: { [component.id]: "major_outage" } });
    const change = await db().componentStatusLog.findFirstOrThrow({ where: { componentId: component.id, oldStatus: { not: null } }, select: { id: true } });
    const started = Date.now();
    await receiver.waitFor(60, 20_000);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(exactlyOnePerEvent(receiver.accepted, hooks, [updateId, change.id])).toMatchObject({ ok: true, total: 60 });
    const emails = { subscriberId: { in: readers.map((reader) => reader.id) } };
    expect(await db().delivery.count({ where: { ...emails, status: "sent" } })).toBe(0);

    await smtp.start();
    await smtp.waitFor(30, 25_000);
    await expect.poll(() => db().delivery.count({ where: { ...emails, status: "sent" } }), { timeout: 10_000 }).toBe(30);
    expect(new Set(smtp.messages.map((mail) => mail.to.join(","))).size).toBe(30);
  });
});
