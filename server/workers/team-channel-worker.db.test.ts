import { afterEach, describe, expect, it } from "vitest";
import { commandLineActor } from "../../lib/auth/actor";
import { createComponent } from "../../lib/components/create-component";
import { setComponentStatus } from "../../lib/components/set-component-status";
import { createIncident } from "../../lib/incidents/create-incident";
import { SIGNATURE_HEADER } from "../../lib/notifications/channels/webhook/sign-webhook";
import { FAILURES_TO_DISABLE } from "../../lib/notifications/outbox/disable-failing-endpoint";
import { ensurePage } from "../../lib/pages/ensure-page";
import { createTeamChannel } from "../../lib/team-channels/create-team-channel";
import { getTeamChannel } from "../../lib/team-channels/list-team-channels";
import type { TeamChannelKind } from "../../lib/team-channels/schemas";
import { sendTestMessage } from "../../lib/team-channels/send-test-message";
import { createAdmin } from "../../lib/team-channels/testing/team-actors";
import { startSmtpListener } from "../../lib/testing/smtp-listener";
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from "../../lib/testing/webhook-receiver";
import { withTestDatabase } from "../../lib/testing/with-test-database";
import { startOutboxWorker } from "./outbox-worker";

// Team channels through the real worker to a real local receiver: each chat gets its own
// format, exactly once per event, retried while the chat is down; "send a test message"
// answers at once; a channel that keeps failing is disabled and whoever set it up is told.

// The receiver listens on 127.0.0.1, which only this switch lets channels reach.
process.env.BEACON_ALLOW_PRIVATE_WEBHOOKS = "true";

const db = withTestDatabase();

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const http = { timeoutMs: 5_000 };

function worker(smtpUrl: string | null = null) {
  const stop = startOutboxWorker({
    channels: { email: { smtpUrl }, webhook: http, slack: http, discord: http, teams: http },
    retrySeconds: 0.05,
    leaseSeconds: 10,
    idleMs: 50,
  });
  cleanups.push(stop);
}

async function receiver(options: Parameters<typeof startWebhookReceiver>[0] = {}): Promise<WebhookReceiver> {
  const started = await startWebhookReceiver(options);
  cleanups.push(() => started.stop());
  return started;
}

async function setUp(name: string) {
  const { id: pageId } = await ensurePage();
  const admin = await createAdmin(db());
  const component = await createComponent(commandLineActor, { name });
  const add = (kind: TeamChannelKind, url: string, events: ("incidents" | "maintenance" | "components")[] = ["incidents"]) =>
    createTeamChannel(admin, { pageId, kind, name: `${kind} ${name}`, url, events, scope: "components", componentIds: [component.id] });
  return { pageId, admin, component, add };
}

const bodyAt = (requests: ReceivedWebhook[], path: string) => JSON.parse(requests.find((request) => request.path === path)!.body);

describe("team channels through the outbox worker", () => {
  it("posts each chat its own message, once per event, with the receiver's answer kept", async () => {
    const chat = await receiver();
    const { pageId, admin, component, add } = await setUp("Chat API");
    const slack = await add("slack", `${chat.url}/slack`);
    const discord = await add("discord", `${chat.url}/discord`);
    const teams = await add("teams", `${chat.url}/teams`, ["incidents", "components"]);
    const json = await add("webhook", `${chat.url}/json`);
    worker();
    await createIncident(commandLineActor, { name: "Checkout is failing", body: "Payments answer **502**; we are on it.", components: { [component.id]: "major_outage" } });
    // One incident update to all four, and the component's change to Teams only (it chose it).
    await chat.waitFor(5);
    await expect.poll(() => db().delivery.count({ where: { subscriberId: { in: [slack.id, discord.id, teams.id, json.id] }, status: "sent" } }), { timeout: 20_000 }).toBe(5);
    expect(chat.accepted.map((request) => request.path).sort()).toEqual(["/discord", "/json", "/slack", "/teams", "/teams"]);

    const slackBody = bodyAt(chat.accepted, "/slack");
    expect(slackBody.text).toContain("Checkout is failing");
    expect(JSON.stringify(slackBody.blocks)).toContain("*502*");
    const discordBody = bodyAt(chat.accepted, "/discord");
    expect(discordBody.embeds[0].title).toBe("Checkout is failing");
    expect(discordBody.allowed_mentions).toEqual({ parse: [] });
    const teamsBodies = chat.accepted.filter((request) => request.path === "/teams").map((request) => JSON.parse(request.body));
    expect(teamsBodies.every((body) => body.attachments[0].contentType === "application/vnd.microsoft.card.adaptive")).toBe(true);
    expect(teamsBodies.map((body) => JSON.stringify(body.attachments[0].content))).toEqual(
      expect.arrayContaining([expect.stringContaining("Checkout is failing"), expect.stringContaining("Major outage")]),
    );
    // The JSON webhook is Statuspage's payload, signed as a visitor's webhook is.
    const jsonRequest = chat.accepted.find((request) => request.path === "/json")!;
    expect(JSON.parse(jsonRequest.body).incident.name).toBe("Checkout is failing");
    expect(jsonRequest.headers[SIGNATURE_HEADER.toLowerCase()]).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);

    const shown = await getTeamChannel(admin, pageId, slack.id);
    expect(shown?.deliveries).toMatchObject([{ status: "sent", answer: "HTTP 200: ok", about: "Checkout is failing — Investigating" }]);
  });

  it("retries while the chat is down and posts exactly once when it is back", async () => {
    const chat = await receiver();
    const { component, add } = await setUp("Chat retry");
    const channels = await Promise.all(["a", "b", "c"].map((name) => add("slack", `${chat.url}/retry-${name}`)));
    await chat.stop();
    worker();
    await createIncident(commandLineActor, { name: "Retry me", body: "Down.", components: { [component.id]: "partial_outage" } });
    const ids = channels.map((channel) => channel.id);
    await expect.poll(() => db().delivery.count({ where: { subscriberId: { in: ids }, attempts: { gt: 0 } } }), { timeout: 20_000 }).toBe(3);
    await chat.start();
    await chat.waitFor(3);
    await expect.poll(() => db().delivery.count({ where: { subscriberId: { in: ids }, status: "sent" } }), { timeout: 20_000 }).toBe(3);
    // A moment more: nothing arrives twice.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(chat.accepted.map((request) => request.path).sort()).toEqual(["/retry-a", "/retry-b", "/retry-c"]);
  });

  it("sends a test message at once and keeps the answer, delivered or not", async () => {
    const chat = await receiver({ status: (request) => (request.path === "/gone" ? 404 : 200), answer: (request) => (request.path === "/gone" ? "no_service" : "ok") });
    const { pageId, admin, add } = await setUp("Chat test");
    const working = await add("discord", `${chat.url}/works`);
    const gone = await add("slack", `${chat.url}/gone`);
    await expect(sendTestMessage(admin, { pageId, id: working.id })).resolves.toEqual({ delivered: true, answer: "HTTP 200: ok" });
    expect(bodyAt(chat.accepted, "/works").embeds[0].title).toMatch(/^Test message from /);
    await expect(sendTestMessage(admin, { pageId, id: gone.id })).resolves.toEqual({ delivered: false, answer: "the endpoint answered HTTP 404: no_service" });
    expect(await getTeamChannel(admin, pageId, gone.id)).toMatchObject({ testAnswer: "Failed: the endpoint answered HTTP 404: no_service", testedAt: expect.any(Date) });
    // Not news: the outbox holds nothing for either.
    expect(await db().delivery.count({ where: { subscriberId: { in: [working.id, gone.id] } } })).toBe(0);
  });

  it(`is disabled after ${FAILURES_TO_DISABLE} failed notifications, and whoever set it up gets one email saying how to enable it`, async () => {
    const smtp = await startSmtpListener();
    cleanups.push(() => smtp.stop());
    const chat = await receiver({ status: () => 404, answer: () => "channel_not_found" });
    const { pageId, admin, component, add } = await setUp("Chat disabled");
    const broken = await add("slack", `${chat.url}/archived`, ["components"]);
    worker(smtp.url);
    const statuses = ["degraded_performance", "partial_outage", "major_outage"] as const;
    for (const [index, status] of statuses.entries()) {
      await setComponentStatus(commandLineActor, { id: component.id, status });
      await expect.poll(() => db().delivery.count({ where: { subscriberId: broken.id, status: "failed" } }), { timeout: 20_000 }).toBe(index + 1);
    }
    await expect.poll(async () => (await getTeamChannel(admin, pageId, broken.id))?.state, { timeout: 20_000 }).toBe("failed");
    await smtp.waitFor(1, 20_000);
    const mail = smtp.messages[0]!;
    expect(mail.to).toEqual([admin.email]);
    expect(mail.parsed?.subject).toMatch(/team channel slack Chat disabled \(Slack\) was disabled/);
    expect(mail.parsed?.text).toContain(`/admin/channels/${broken.id}`);
    expect(mail.parsed?.text).toContain("channel_not_found");
  });
});
