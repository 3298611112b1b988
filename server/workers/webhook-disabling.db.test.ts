import { afterEach, describe, expect, it } from "vitest";
import { commandLineActor } from "../../lib/auth/actor";
import { createComponent } from "../../lib/components/create-component";
import { setComponentStatus } from "../../lib/components/set-component-status";
import type { ComponentStatus } from "../../lib/components/status";
import { FAILURES_TO_DISABLE } from "../../lib/notifications/outbox/disable-failing-endpoint";
import { ensurePage } from "../../lib/pages/ensure-page";
import { createWebhookSubscribers } from "../../lib/subscribers/testing/create-webhook-subscribers";
import { startSmtpListener } from "../../lib/testing/smtp-listener";
import { startWebhookReceiver } from "../../lib/testing/webhook-receiver";
import { withTestDatabase } from "../../lib/testing/with-test-database";
import { startOutboxWorker } from "./outbox-worker";

// An endpoint whose deliveries fail for good FAILURES_TO_DISABLE notifications in a row is
// disabled, and its owner gets exactly one email through the outbox's email channel.

process.env.BEACON_ALLOW_PRIVATE_WEBHOOKS = "true";

const db = withTestDatabase();

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setUp(answer: (path: string) => number) {
  const smtp = await startSmtpListener();
  cleanups.push(() => smtp.stop());
  const receiver = await startWebhookReceiver({ status: (request) => answer(request.path) });
  cleanups.push(() => receiver.stop());
  const pageId = (await ensurePage()).id;
  const component = await createComponent(commandLineActor, { name: `Disabling ${Date.now()}` });
  const [broken, healthy] = await createWebhookSubscribers(db(), pageId, [`${receiver.url}/broken-${component.id}`, `${receiver.url}/healthy-${component.id}`], {
    componentIds: [component.id],
  });
  // Ten tries 1 ms, 2 ms … apart: a delivery's retries are exhausted within about a second.
  const stop = startOutboxWorker({
    channels: { email: { smtpUrl: smtp.url }, webhook: { timeoutMs: 5_000 } },
    retrySeconds: 0.001,
    leaseSeconds: 10,
    idleMs: 50,
  });
  cleanups.push(stop);
  const statuses: ComponentStatus[] = ["degraded_performance", "partial_outage", "major_outage", "operational"];
  let changes = 0;
  const change = () => setComponentStatus(commandLineActor, { id: component.id, status: statuses[changes++ % statuses.length]! });
  const finished = (subscriberId: string) => db().delivery.count({ where: { subscriberId, channel: "webhook", status: { in: ["sent", "failed", "cancelled"] } } });
  return { smtp, receiver, broken: broken!, healthy: healthy!, change, finished };
}

const stateOf = (id: string) => db().subscriber.findUniqueOrThrow({ where: { id }, select: { state: true, disabledAt: true, failingSince: true, lastError: true } });

describe("disabling a failing webhook endpoint", () => {
  it(`disables it after ${FAILURES_TO_DISABLE} notifications failed in a row and emails its owner once`, async () => {
    const { smtp, receiver, broken, healthy, change, finished } = await setUp((path) => (path.startsWith("/broken") ? 500 : 200));
    for (let index = 0; index < FAILURES_TO_DISABLE; index++) {
      await change();
      // One notification at a time, so the streak is the order of the changes.
      await expect.poll(() => finished(broken.id), { timeout: 20_000 }).toBe(index + 1);
    }
    await expect.poll(async () => (await stateOf(broken.id)).state, { timeout: 20_000 }).toBe("failed");
    const disabled = await stateOf(broken.id);
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    expect(disabled.failingSince!.getTime()).toBeLessThanOrEqual(disabled.disabledAt!.getTime());
    expect(disabled.lastError).toMatch(/500/);

    await smtp.waitFor(1, 20_000);
    const mail = smtp.messages[0]!;
    expect(mail.to).toEqual([broken.email]);
    expect(mail.parsed?.subject).toMatch(/webhook was disabled/);
    const text = mail.parsed?.text ?? "";
    expect(text).toContain(broken.endpoint);
    expect(text).toMatch(/Failing since/);
    expect(text).toMatch(/500/);
    expect(text).toContain("/api/v1/subscribers");
    expect(mail.parsed?.headers.has("list-unsubscribe")).toBe(false);

    // No more fan-out to it; the healthy endpoint goes on getting everything.
    await change();
    await receiver.waitFor(FAILURES_TO_DISABLE + 1);
    expect(await db().delivery.count({ where: { subscriberId: broken.id, channel: "webhook" } })).toBe(FAILURES_TO_DISABLE);
    expect(receiver.accepted.every((request) => request.path === new URL(healthy.endpoint).pathname)).toBe(true);
    await expect.poll(() => db().notification.count({ where: { kind: "webhook_disabled", subscriberId: broken.id } })).toBe(1);
    expect(await db().delivery.findMany({ where: { subscriberId: broken.id, channel: "email" }, select: { status: true } })).toEqual([{ status: "sent" }]);
    expect(smtp.messages).toHaveLength(1);
  });

  it("keeps an endpoint whose failures are not consecutive, and a 410 still ends it without the notice", async () => {
    let failing = true;
    const { smtp, broken, healthy, change, finished } = await setUp((path) => {
      if (path.startsWith("/healthy")) return 410;
      return failing ? 503 : 200;
    });
    const pattern = [true, true, false, true, true];
    for (const [index, fails] of pattern.entries()) {
      failing = fails;
      await change();
      await expect.poll(() => finished(broken.id), { timeout: 20_000 }).toBe(index + 1);
    }
    expect(await stateOf(broken.id)).toMatchObject({ state: "confirmed", disabledAt: null });
    // 410 Gone: the subscriber is gone at once, as before, with no "disabled" email.
    expect(await stateOf(healthy.id)).toMatchObject({ state: "failed", disabledAt: null });
    expect(await db().notification.count({ where: { kind: "webhook_disabled", subscriberId: { in: [broken.id, healthy.id] } } })).toBe(0);
    expect(smtp.messages).toHaveLength(0);
  });
});
