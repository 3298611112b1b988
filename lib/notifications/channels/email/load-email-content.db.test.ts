import { beforeAll, describe, expect, it } from "vitest";
import { commandLineActor } from "../../../auth/actor";
import { createComponent } from "../../../components/create-component";
import { getEnv } from "../../../env";
import { createIncident } from "../../../incidents/create-incident";
import { deleteIncident } from "../../../incidents/delete-incident";
import { postIncidentUpdate } from "../../../incidents/post-incident-update";
import { resolveIncident } from "../../../incidents/resolve-incident";
import { scheduleMaintenance } from "../../../incidents/schedule-maintenance";
import { writePostmortem } from "../../../incidents/write-postmortem";
import { updatePageSettings } from "../../../pages/update-page-settings";
import { withTestDatabase } from "../../../testing/with-test-database";
import { composeEmail, loadEmailContent } from "./compose-email";
import { fixtureLinks } from "./testing/email-fixtures";

const db = withTestDatabase();

let pageId: string;
let api: string;
let web: string;

beforeAll(async () => {
  const page = await updatePageSettings(commandLineActor, { name: "Acme", timeZone: "America/New_York", supportContact: "help@acme.example" });
  pageId = page.id;
  api = (await createComponent(commandLineActor, { name: "API" })).id;
  web = (await createComponent(commandLineActor, { name: "Web" })).id;
});

const notificationFor = (where: { incidentUpdateId?: string; incidentId?: string; kind?: "postmortem" }) =>
  db().notification.findFirstOrThrow({ where, select: { id: true } }).then((row) => row.id);

const subscriber = (email: string, componentIds: string[] | null) =>
  db().subscriber.create({
    data: {
      pageId,
      email,
      state: "confirmed",
      allComponents: componentIds === null,
      components: { create: (componentIds ?? []).map((componentId) => ({ componentId })) },
    },
  });

const send = (content: NonNullable<Awaited<ReturnType<typeof loadEmailContent>>>, subscriberId: string) =>
  composeEmail(content, { subscriberId, email: "someone@example.com", links: fixtureLinks(subscriberId) });

describe("loadEmailContent", () => {
  it("prepares an incident update: status, changes, the page's zone, the incident link, and each subscriber's reason", async () => {
    const { incidentId, updateId } = await createIncident(commandLineActor, {
      name: `Checkout "errors" <b>`,
      body: "We are **looking** into it.",
      components: { [api]: "major_outage" },
      componentIds: [web],
    });
    const followsWeb = await subscriber("web@example.com", [web]);
    const content = await loadEmailContent(await notificationFor({ incidentUpdateId: updateId }));
    expect(content).toMatchObject({ kind: "incident_update", subject: `[Acme] Checkout "errors" <b> — Investigating`, listUnsubscribe: true });

    const email = send(content!, followsWeb.id);
    expect(email.text).toContain("API: Operational → Major outage");
    expect(email.text).toMatch(/Posted: +\d{1,2} \w{3} \d{4}, \d\d:\d\d E[SD]T \(/);
    expect(email.text).toContain(`${getEnv().BEACON_URL}/incidents/${incidentId}`);
    expect(email.text).toContain("subscribed to Acme status updates about Web.");
    expect(email.html).toContain("<strong>looking</strong>");
    expect(email.html).toContain("Checkout &quot;errors&quot; &lt;b&gt;");
    expect(send(content!, "whole-page").text).toContain("subscribed to all status updates from Acme.");
  });

  it("prepares maintenance in its own words with its window", async () => {
    const from = new Date(Date.now() + 86_400_000);
    const { incidentId } = await scheduleMaintenance(commandLineActor, {
      name: "Database upgrade",
      body: "Short read-only period.",
      scheduledFor: from.toISOString(),
      scheduledUntil: new Date(from.getTime() + 7_200_000).toISOString(),
      componentIds: [api],
    });
    const scheduled = await loadEmailContent(await notificationFor({ incidentId }));
    expect(scheduled?.subject).toBe("[Acme] Database upgrade — Scheduled maintenance");
    expect(send(scheduled!, "s").text).toMatch(/Window: .+ E[SD]T to .+ E[SD]T \(.+ UTC to .+ UTC\)/);

    const { updateId } = await postIncidentUpdate(commandLineActor, { incidentId, status: "completed", body: "All done." });
    expect((await loadEmailContent(await notificationFor({ incidentUpdateId: updateId })))?.subject).toBe(
      "[Acme] Database upgrade — Maintenance completed",
    );
  });

  it("prepares a published postmortem, and nothing once the incident is deleted", async () => {
    const { incidentId } = await createIncident(commandLineActor, { name: "Outage", body: "Down." });
    await resolveIncident(commandLineActor, { incidentId, body: "Fixed." });
    await writePostmortem(commandLineActor, { incidentId, body: "## What happened\nA bad deploy.", publish: true });
    const id = await notificationFor({ incidentId, kind: "postmortem" });
    const content = await loadEmailContent(id);
    expect(content?.subject).toBe("[Acme] Postmortem: Outage");
    const email = send(content!, "s");
    expect(email.text).toContain("A bad deploy.");
    expect(email.html).toContain("<h4");
    expect(email.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");

    const updateNotification = await db().notification.findFirstOrThrow({ where: { incidentId, kind: "incident_update" } });
    await deleteIncident(commandLineActor, { incidentId });
    expect(await loadEmailContent(id)).toBeNull();
    expect(await loadEmailContent(updateNotification.id)).toBeNull();
  });

  it("prepares a confirmation naming the chosen components, without List-Unsubscribe", async () => {
    const pending = await db().subscriber.create({
      data: { pageId, email: "new@example.com", allComponents: false, components: { create: [{ componentId: web }, { componentId: api }] } },
    });
    const notification = await db().notification.create({ data: { pageId, kind: "confirmation", subscriberId: pending.id } });
    const content = await loadEmailContent(notification.id);
    expect(content?.subject).toBe("Confirm your subscription to Acme status updates");
    const email = send(content!, pending.id);
    expect(email.headers).toEqual({});
    expect(email.text).toContain("affecting API and Web on Acme");
    expect(email.text).toContain(fixtureLinks(pending.id).confirmUrl);

    const again = await db().notification.create({ data: { pageId, kind: "already_subscribed", subscriberId: pending.id } });
    expect((await loadEmailContent(again.id))?.listUnsubscribe).toBe(true);
    await db().subscriber.delete({ where: { id: pending.id } });
    expect(await loadEmailContent(notification.id)).toBeNull();
    expect(await loadEmailContent("no-such-notification")).toBeNull();
  });
});
