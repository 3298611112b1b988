import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandLineActor } from "../../../auth/actor";
import { createComponent } from "../../../components/create-component";
import { createIncident } from "../../../incidents/create-incident";
import { ensurePage } from "../../../pages/ensure-page";
import { createWebhookSubscribers } from "../../../subscribers/testing/create-webhook-subscribers";
import { startWebhookReceiver, type WebhookReceiver } from "../../../testing/webhook-receiver";
import { withTestDatabase } from "../../../testing/with-test-database";
import { claimDueDeliveries } from "../../outbox/claim-deliveries";
import { createSendContext } from "../../outbox/create-send-context";
import { fanOutNotifications } from "../../outbox/fan-out-notifications";
import { sendClaimedDeliveries } from "../../outbox/send-claimed-deliveries";
import { openChannel } from "../registry";

// BEACON_ALLOW_PRIVATE_WEBHOOKS is left unset here: loopback endpoints must be refused at send
// time, whatever the name they are reached by, and the receiver must get nothing.
delete process.env.BEACON_ALLOW_PRIVATE_WEBHOOKS;

const db = withTestDatabase();
let receiver: WebhookReceiver;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver.stop();
});

describe("webhook endpoints on private addresses", () => {
  it("are refused after DNS when BEACON_ALLOW_PRIVATE_WEBHOOKS is off: the delivery fails for good, nothing is sent", async () => {
    const pageId = (await ensurePage()).id;
    const component = await createComponent(commandLineActor, { name: "Private webhook" });
    const endpoints = [`https://127.0.0.1:${receiver.port}/a`, `https://localhost:${receiver.port}/b`, `https://[::ffff:127.0.0.1]:${receiver.port}/c`, `http://8.8.8.8/plain`];
    const subscribers = await createWebhookSubscribers(db(), pageId, endpoints, { componentIds: [component.id] });
    await createIncident(commandLineActor, { name: "Outage", body: "Down.", components: { [component.id]: "major_outage" } });
    await fanOutNotifications();
    const { context, leaseMs } = createSendContext(await openChannel("webhook"), { retrySeconds: 0.1 });
    const claimed = await claimDueDeliveries({ limit: 50, leaseMs });
    // The incident update and the component's change, to each of the four endpoints.
    expect(claimed.map((delivery) => delivery.channel)).toEqual(Array(8).fill("webhook"));
    const result = await sendClaimedDeliveries(claimed, context);
    expect(result).toMatchObject({ sent: 0, failed: 8, retried: 0 });
    const rows = await db().delivery.findMany({ where: { subscriberId: { in: subscribers.map((subscriber) => subscriber.id) } }, select: { status: true, lastError: true } });
    expect(rows.map((row) => row.status)).toEqual(Array(8).fill("failed"));
    expect(rows.filter((row) => /loopback address/.test(row.lastError ?? ""))).toHaveLength(6);
    expect(rows.filter((row) => /must be https/.test(row.lastError ?? ""))).toHaveLength(2);
    expect(receiver.accepted).toHaveLength(0);
    // The subscribers stay: the owner may fix the endpoint, or the operator allow private ones.
    expect(await db().subscriber.count({ where: { id: { in: subscribers.map((subscriber) => subscriber.id) }, state: "confirmed" } })).toBe(4);
  });
});
