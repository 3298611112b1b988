import { describe, expect, it } from "vitest";
import { commandLineActor } from "../auth/actor";
import { createComponent } from "../components/create-component";
import { setComponentStatus } from "../components/set-component-status";
import { createIncident } from "../incidents/create-incident";
import { scheduleMaintenance } from "../incidents/schedule-maintenance";
import { fanOutNotifications } from "../notifications/outbox/fan-out-notifications";
import { ensurePage } from "../pages/ensure-page";
import { openSecret } from "../secrets/secret-box";
import { createSubscriber } from "../subscribers/create-subscriber";
import { countSubscribers, listSubscribers } from "../subscribers/list-subscribers";
import { createTestActors } from "../testing/test-actors";
import { withTestDatabase } from "../testing/with-test-database";
import { createTeamChannel } from "./create-team-channel";
import { deleteTeamChannel } from "./delete-team-channel";
import { getTeamChannel, listTeamChannels } from "./list-team-channels";
import { enableTeamChannel, pauseTeamChannel } from "./team-channel-state";
import { createAdmin } from "./testing/team-actors";
import { updateTeamChannel } from "./update-team-channel";

delete process.env.BEACON_ALLOW_PRIVATE_WEBHOOKS;

const db = withTestDatabase();
const slackUrl = (name: string) => `https://hooks.slack.com/services/T0TEAM/B0${name}/${"s".repeat(24)}`;

/** Who got a delivery of the notifications written since `since` (their subscriber ids). */
async function recipientsSince(since: Date) {
  await fanOutNotifications();
  const rows = await db().delivery.findMany({ where: { createdAt: { gte: since } }, select: { subscriberId: true, notification: { select: { kind: true } } } });
  return rows.map((row) => `${row.notification.kind}:${row.subscriberId}`);
}

describe("team channels", () => {
  it("keeps a chat's URL sealed and shows only its start; a JSON webhook gets a signing secret once", async () => {
    const { id: pageId } = await ensurePage();
    const admin = await createAdmin(db());
    const slack = await createTeamChannel(admin, { pageId, kind: "slack", name: "#ops on Slack", url: slackUrl("SEALED"), events: ["incidents"], scope: "all" });
    expect(slack.signingSecret).toBeNull();
    const row = await db().subscriber.findUniqueOrThrow({ where: { id: slack.id } });
    expect(row).toMatchObject({ channel: "slack", teamChannel: true, state: "confirmed", email: admin.email, notifyIncidents: true, notifyMaintenance: false, notifyComponents: false });
    expect(row.endpoint).toMatch(/^https:\/\/hooks\.slack\.com\/services\/T0TEAM\/…#[0-9a-f]{8}$/);
    expect(JSON.stringify(row)).not.toContain("s".repeat(24));
    expect(await openSecret("chat-webhook-url", row.signingSecret!)).toBe(slackUrl("SEALED"));

    const hook = await createTeamChannel(admin, { pageId, kind: "webhook", name: "Our pager", url: "https://pager.example.com/beacon", events: ["components"], scope: "all" });
    expect(hook.signingSecret).toMatch(/^whsec_/);
    const hookRow = await db().subscriber.findUniqueOrThrow({ where: { id: hook.id } });
    expect(hookRow.endpoint).toBe("https://pager.example.com/beacon");
    expect(await openSecret("webhook-signing", hookRow.signingSecret!)).toBe(hook.signingSecret);

    const listed = await listTeamChannels(admin, pageId);
    expect(listed.find((channel) => channel.id === slack.id)).toMatchObject({ name: "#ops on Slack", kind: "slack", endpoint: "https://hooks.slack.com/services/T0TEAM/…", events: ["incidents"], components: null, deliveries: [] });
    // They are not subscribers: neither listed nor counted there, nor taken over by the API.
    const subscribers = await listSubscribers(admin, { pageId });
    expect(subscribers.subscribers.map((subscriber) => subscriber.id)).not.toContain(slack.id);
    expect((await countSubscribers(admin, pageId)).total).toBe(subscribers.counts.total);
    await db().subscriber.update({ where: { id: hook.id }, data: { state: "unsubscribed" } });
    await expect(createSubscriber(commandLineActor, { email: admin.email, endpoint: "https://pager.example.com/beacon" })).rejects.toThrow(/team channel on the dashboard/);
    await expect(createTeamChannel(admin, { pageId, kind: "slack", name: "Again", url: slackUrl("SEALED"), events: ["incidents"], scope: "all" })).rejects.toMatchObject({ code: "conflict" });
  });

  it("refuses a bad URL or no events with a message per field, and editors and tokens altogether", async () => {
    const { id: pageId } = await ensurePage();
    const admin = await createAdmin(db());
    const { editor, token } = await createTestActors(db(), pageId);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ url: "hooks.slack.com/services/x" }, "url", /whole URL/],
      [{ url: "http://hooks.slack.com/services/x" }, "url", /https:\/\//],
      [{ url: "https://user:pw@hooks.slack.com/x" }, "url", /user name or password/],
      [{ url: "https://10.0.0.5/hook" }, "url", /private network/],
      [{ url: "https://metadata.google.internal.localhost/x" }, "url", /localhost/],
      [{ events: [] }, "events", /at least one/],
      [{ name: " " }, "name", /name/],
      [{ scope: "components", componentIds: [] }, "componentIds", /at least one component/],
      [{ kind: "irc" }, "kind", /Slack, Discord/],
    ];
    for (const [change, field, message] of cases) {
      const input = { pageId, kind: "discord" as const, name: "Refused", url: "https://discord.com/api/webhooks/1/abc", events: ["incidents" as const], scope: "all" as const, ...change };
      await expect(createTeamChannel(admin, input as never)).rejects.toMatchObject({ fields: { [field]: expect.stringMatching(message) } });
    }
    expect(await db().subscriber.count({ where: { name: "Refused" } })).toBe(0);
    const input = { pageId, kind: "slack" as const, name: "Nope", url: slackUrl("NOPE"), events: ["incidents" as const], scope: "all" as const };
    await expect(createTeamChannel(editor, input)).rejects.toMatchObject({ code: "forbidden" });
    await expect(createTeamChannel(token, input)).rejects.toMatchObject({ code: "forbidden" });
    await expect(listTeamChannels(editor, pageId)).rejects.toMatchObject({ code: "forbidden" });
  });

  it("gets only the events and components it chose", async () => {
    const { id: pageId } = await ensurePage();
    const admin = await createAdmin(db());
    const api = await createComponent(commandLineActor, { name: "Team API" });
    const web = await createComponent(commandLineActor, { name: "Team web" });
    const channel = (name: string, events: ("incidents" | "maintenance" | "components")[], componentIds?: string[]) =>
      createTeamChannel(admin, { pageId, kind: "teams", name, url: `https://example.webhook.office.com/${name}`, events, scope: componentIds ? "components" : "all", componentIds });
    const incidents = await channel("incidents-api", ["incidents"], [api.id]);
    const maintenance = await channel("maintenance-all", ["maintenance"]);
    const components = await channel("components-web", ["components"], [web.id]);
    const mine = [incidents.id, maintenance.id, components.id];
    const mineOnly = (list: string[]) => list.filter((entry) => mine.some((id) => entry.endsWith(`:${id}`))).sort();

    let since = new Date();
    await createIncident(commandLineActor, { name: "API slow", body: "Slow.", components: { [api.id]: "degraded_performance" } });
    expect(mineOnly(await recipientsSince(since))).toEqual([`incident_update:${incidents.id}`]);

    since = new Date();
    await setComponentStatus(commandLineActor, { id: web.id, status: "partial_outage" });
    await setComponentStatus(commandLineActor, { id: api.id, status: "major_outage" });
    expect(mineOnly(await recipientsSince(since))).toEqual([`component_update:${components.id}`]);

    since = new Date();
    const start = new Date(Date.now() + 86_400_000);
    await scheduleMaintenance(commandLineActor, { name: "Upgrade", body: "Planned.", scheduledFor: start.toISOString(), scheduledUntil: new Date(start.getTime() + 3_600_000).toISOString(), componentIds: [web.id] });
    expect(mineOnly(await recipientsSince(since))).toEqual([`incident_update:${maintenance.id}`]);

    // Changed to take incidents about the web component too: the next one reaches it.
    await updateTeamChannel(admin, { pageId, id: components.id, name: "components-web", events: ["components", "incidents"], scope: "components", componentIds: [web.id] });
    since = new Date();
    await createIncident(commandLineActor, { name: "Web down", body: "Down.", components: { [web.id]: "major_outage" } });
    expect(mineOnly(await recipientsSince(since))).toEqual([`component_update:${components.id}`, `incident_update:${components.id}`]);
  });

  it("is paused, enabled again (a new streak) and removed by an admin, each audited", async () => {
    const { id: pageId } = await ensurePage();
    const admin = await createAdmin(db());
    const { id } = await createTeamChannel(admin, { pageId, kind: "slack", name: "#paused", url: slackUrl("PAUSE"), events: ["incidents"], scope: "all" });
    await pauseTeamChannel(admin, { pageId, id });
    expect((await getTeamChannel(admin, pageId, id))?.state).toBe("unsubscribed");
    const since = new Date();
    await createIncident(commandLineActor, { name: "While paused", body: "x." });
    expect((await recipientsSince(since)).filter((entry) => entry.endsWith(id))).toEqual([]);

    await db().subscriber.update({ where: { id }, data: { state: "failed", disabledAt: new Date(), failingSince: new Date(0), lastError: "HTTP 404: no_service" } });
    const before = new Date();
    await enableTeamChannel(admin, { pageId, id });
    const enabled = await db().subscriber.findUniqueOrThrow({ where: { id } });
    expect(enabled).toMatchObject({ state: "confirmed", disabledAt: null, failingSince: null, lastError: null });
    expect(enabled.confirmedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime());

    await updateTeamChannel(admin, { pageId, id, name: "#renamed", url: slackUrl("NEWURL"), events: ["incidents"], scope: "all" });
    const renamed = await db().subscriber.findUniqueOrThrow({ where: { id } });
    expect(await openSecret("chat-webhook-url", renamed.signingSecret!)).toBe(slackUrl("NEWURL"));
    expect(renamed.name).toBe("#renamed");

    await deleteTeamChannel(admin, { pageId, id });
    expect(await getTeamChannel(admin, pageId, id)).toBeNull();
    await expect(deleteTeamChannel(admin, { pageId, id })).rejects.toMatchObject({ code: "not_found" });
    const actions = await db().auditLog.findMany({ where: { targetId: id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((entry) => entry.action)).toEqual(["team_channel.create", "team_channel.pause", "team_channel.enable", "team_channel.update", "team_channel.delete"]);
  });
});
