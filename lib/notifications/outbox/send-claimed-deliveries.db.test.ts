import { afterEach, describe, expect, it } from "vitest";
import { startSmtpListener, type SmtpListener } from "../../testing/smtp-listener";
import { withTestDatabase } from "../../testing/with-test-database";
import { claimDueDeliveries } from "./claim-deliveries";
import { type EmailChannelSettings, NO_SMTP_MESSAGE, openEmailChannel } from "../channels/email/email-channel";
import type { Channel } from "./channel";
import { createSendContext, type SendSettings, type SendSetup } from "./create-send-context";
import { fanOutNotifications } from "./fan-out-notifications";
import { MAX_ATTEMPTS, retryDelayMs } from "./retry-policy";
import { sendClaimedDeliveries } from "./send-claimed-deliveries";
import { exactlyOneEach, incidentWithSubscribers } from "../../testing/delivery-fixtures";

const db = withTestDatabase();

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function listen(options: Parameters<typeof startSmtpListener>[0] = {}): Promise<SmtpListener> {
  const listener = await startSmtpListener(options);
  cleanups.push(() => listener.stop());
  return listener;
}

/** The outbox's sending around a real email channel, as the worker sets it up. */
async function sender({ smtpUrl, maxConnections, ...settings }: EmailChannelSettings & SendSettings): Promise<SendSetup> {
  const channel = await openEmailChannel({ smtpUrl, maxConnections });
  cleanups.push(() => channel.close());
  return createSendContext(channel, { retrySeconds: 30, leaseSeconds: 120, ...settings });
}

/** One round of the worker's loop: fan out, claim what is due at `now`, send it. */
async function pass(setup: SendSetup, at?: Date) {
  await fanOutNotifications();
  // Taken after the fan-out, whose deliveries are due from the moment it ran.
  const now = at ?? new Date();
  return sendClaimedDeliveries(await claimDueDeliveries({ limit: 1_000, leaseMs: setup.leaseMs, now }), setup.context);
}

async function pendingWithConfirmation() {
  const { pageId, subscribers } = await incidentWithSubscribers(db(), 1);
  const subscriber = await db().subscriber.update({ where: { id: subscribers[0]!.id }, data: { state: "pending", confirmedAt: null } });
  // The incident's own emails go to nobody now: its only subscriber is pending.
  await fanOutNotifications();
  const notification = await db().notification.create({ data: { pageId, kind: "confirmation", subscriberId: subscriber.id } });
  return { pageId, id: notification.id, subscriber };
}

const deliveriesOf = (notificationId: string) => db().delivery.findMany({ where: { notificationId }, include: { subscriber: true } });

describe("sendClaimedDeliveries", () => {
  it("sends one email per subscriber with a stable Message-ID and one-click unsubscribe, and records each as sent", async () => {
    const listener = await listen();
    const { notificationId, subscribers } = await incidentWithSubscribers(db(), 25);
    const result = await pass(await sender({ smtpUrl: listener.url }));
    expect(result).toMatchObject({ sent: 25, retried: 0, failed: 0, cancelled: 0, held: 0, released: 0 });
    expect(exactlyOneEach(listener, subscribers.map((subscriber) => subscriber.email))).toMatchObject({ ok: true, total: 25 });
    const deliveries = await deliveriesOf(notificationId);
    expect(deliveries.every((delivery) => delivery.status === "sent" && delivery.sentAt && !delivery.claimedUntil)).toBe(true);
    const one = deliveries[0]!;
    const received = listener.messages.find((message) => message.to[0] === one.subscriber.email.toLowerCase())!;
    const mail = received.parsed!;
    expect(mail.messageId).toBe(`<${one.id}@127.0.0.1>`);
    expect(mail.from?.value[0]).toMatchObject({ name: "Status", address: "status@127.0.0.1" });
    const raw = received.raw.toString().replace(/\r\n[ \t]+/g, " "); // long headers unfolded
    expect(raw).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(raw).toMatch(/List-Unsubscribe: <http:\/\/127\.0\.0\.1:3000\/subscribe\/unsubscribe\?token=/);
    expect(mail.text).toContain("We are looking into it.");
    expect(await pass(await sender({ smtpUrl: listener.url }))).toMatchObject({ sent: 0 });
  });

  it("sends a confirmation to a pending address with its link, and not once the address is confirmed", async () => {
    const listener = await listen();
    const { id: notificationId, subscriber } = await pendingWithConfirmation();
    expect(await pass(await sender({ smtpUrl: listener.url }))).toMatchObject({ sent: 1, cancelled: 0 });
    expect(listener.messages.map((message) => message.to)).toEqual([[subscriber.email.toLowerCase()]]);
    expect(listener.messages[0]!.parsed!.text).toContain("/subscribe/confirm?token=");
    expect((await deliveriesOf(notificationId))[0]).toMatchObject({ status: "sent" });
    // Confirmed before the email went out: the request is moot and not sent.
    const late = await pendingWithConfirmation();
    await fanOutNotifications();
    await db().subscriber.update({ where: { id: late.subscriber.id }, data: { state: "confirmed", confirmedAt: new Date() } });
    expect(await pass(await sender({ smtpUrl: listener.url }))).toMatchObject({ sent: 0, cancelled: 1 });
    expect(listener.messages).toHaveLength(1);
    expect((await deliveriesOf(late.id))[0]).toMatchObject({ status: "cancelled" });
  });

  it("keeps emails unsent (held) without SMTP, and never sends them later", async () => {
    const listener = await listen();
    const { notificationId } = await incidentWithSubscribers(db(), 3);
    expect(await pass(await sender({ smtpUrl: null }))).toMatchObject({ held: 3, sent: 0 });
    const deliveries = await deliveriesOf(notificationId);
    expect(deliveries.map((delivery) => [delivery.status, delivery.lastError])).toEqual(Array(3).fill(["held", NO_SMTP_MESSAGE]));
    expect(await pass(await sender({ smtpUrl: listener.url }))).toMatchObject({ sent: 0, held: 0 });
    expect(listener.messages).toHaveLength(0);
  });

  it("cancels the email of a subscriber who left after the fan-out", async () => {
    const listener = await listen();
    const { notificationId, subscribers } = await incidentWithSubscribers(db(), 4);
    await fanOutNotifications();
    await db().subscriber.update({ where: { id: subscribers[1]!.id }, data: { state: "unsubscribed", unsubscribedAt: new Date() } });
    expect(await pass(await sender({ smtpUrl: listener.url }))).toMatchObject({ sent: 3, cancelled: 1 });
    const left = (await deliveriesOf(notificationId)).find((delivery) => delivery.subscriberId === subscribers[1]!.id)!;
    expect(left).toMatchObject({ status: "cancelled", sentAt: null });
    expect(listener.messages.map((message) => message.to[0])).not.toContain(subscribers[1]!.email.toLowerCase());
  });

  it("fails a delivery at once on a 5xx for its recipient and marks the subscriber failed, without the address in the error", async () => {
    const { notificationId, subscribers } = await incidentWithSubscribers(db(), 3);
    const refused = subscribers[0]!.email.toLowerCase();
    const listener = await listen({ reject: (to) => (to.includes(refused) ? { code: 550, message: `5.1.1 <${refused}> unknown user` } : null) });
    expect(await pass(await sender({ smtpUrl: listener.url }))).toMatchObject({ sent: 2, failed: 1 });
    const failed = (await deliveriesOf(notificationId)).find((delivery) => delivery.subscriberId === subscribers[0]!.id)!;
    expect(failed).toMatchObject({ status: "failed", attempts: 1, claimedUntil: null });
    expect(failed.subscriber.state).toBe("failed");
    for (const error of [failed.lastError, failed.subscriber.lastError]) {
      expect(error).toContain("550");
      expect(error).not.toContain("@");
    }
  });

  it("retries a 4xx with doubling delays capped at two hours, and fails after the tenth attempt", async () => {
    const { notificationId, subscribers } = await incidentWithSubscribers(db(), 1);
    const listener = await listen({ reject: () => ({ code: 451, message: "4.3.0 try again later" }) });
    const setup = await sender({ smtpUrl: listener.url, retrySeconds: 30 });
    await fanOutNotifications();
    let dueAt = new Date();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const before = Date.now();
      // Claiming "at" the due time stands in for waiting until then.
      const result = await pass(setup, dueAt);
      const delivery = (await deliveriesOf(notificationId))[0]!;
      expect(delivery.attempts).toBe(attempt);
      expect(delivery.lastError).toContain("451");
      if (attempt < MAX_ATTEMPTS) {
        expect(result).toMatchObject({ retried: 1, failed: 0 });
        expect(delivery.status).toBe("pending");
        const delay = delivery.nextAttemptAt.getTime() - before;
        expect(delay).toBeGreaterThanOrEqual(retryDelayMs(attempt, 30));
        expect(delay).toBeLessThan(retryDelayMs(attempt, 30) + 5_000);
        dueAt = delivery.nextAttemptAt;
      } else {
        expect(result).toMatchObject({ retried: 0, failed: 1 });
        expect(delivery.status).toBe("failed");
      }
    }
    expect(retryDelayMs(9, 30)).toBe(2 * 60 * 60_000);
    // A temporary refusal is not the subscriber's fault: they stay subscribed.
    expect((await db().subscriber.findUniqueOrThrow({ where: { id: subscribers[0]!.id } })).state).toBe("confirmed");
    expect(listener.messages).toHaveLength(0);
  });

  it("stops the batch when the server is unreachable, handing the untried emails back without an attempt", async () => {
    const listener = await listen();
    await listener.stop();
    const { notificationId } = await incidentWithSubscribers(db(), 40);
    const setup = await sender({ smtpUrl: listener.url, maxConnections: 2 });
    const result = await pass(setup);
    expect(result.unreachable).toMatch(/ECONNREFUSED|connect/i);
    const deliveries = await deliveriesOf(notificationId);
    const tried = deliveries.filter((delivery) => delivery.attempts === 1);
    expect(tried.length).toBeGreaterThan(0);
    expect(tried.length).toBeLessThanOrEqual(setup.context.channel.concurrency);
    expect(result.released).toBe(40 - tried.length);
    expect(deliveries.every((delivery) => delivery.status === "pending" && delivery.claimedUntil === null)).toBe(true);
    // Out of the way of later tests in this file.
    await db().delivery.updateMany({ where: { notificationId }, data: { status: "cancelled" } });
  });

  it("fails a delivery its channel gives up on, at once and leaving the subscriber subscribed", async () => {
    const { notificationId } = await incidentWithSubscribers(db(), 1);
    const channel: Channel<string> = {
      heldReason: null,
      concurrency: 1,
      render: async () => () => "the message",
      send: async () => {
        throw new Error("this event cannot be delivered");
      },
      classify: (error) => ({ verdict: "give_up", message: (error as Error).message }),
      close: () => {},
    };
    expect(await pass(createSendContext(channel, { retrySeconds: 30, leaseSeconds: 120 }))).toMatchObject({ failed: 1, retried: 0, sent: 0 });
    const delivery = (await deliveriesOf(notificationId))[0]!;
    expect(delivery).toMatchObject({ status: "failed", attempts: 1, lastError: "this event cannot be delivered", claimedUntil: null });
    expect(delivery.subscriber.state).toBe("confirmed");
  });
});
